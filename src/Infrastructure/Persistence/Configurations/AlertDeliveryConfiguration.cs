using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

public sealed class AlertDeliveryConfiguration : IEntityTypeConfiguration<AlertDelivery>
{
    public void Configure(EntityTypeBuilder<AlertDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.SubscriptionId).HasConversion(id => id.Value, value => new AlertSubscriptionId(value));
        builder.Property(d => d.Summary).HasMaxLength(AlertDelivery.SummaryMaxLength).IsRequired();
        // Exactly once: an item is recorded for a subscription at most once, whatever crashes or instances do.
        builder.HasIndex(d => new { d.SubscriptionId, d.ItemId }).IsUnique();
        builder.HasIndex(d => new { d.SubscriptionId, d.MailedAt });
        builder.HasOne<AlertSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
