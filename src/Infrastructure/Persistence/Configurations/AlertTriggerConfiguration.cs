using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

public sealed class AlertTriggerConfiguration : IEntityTypeConfiguration<AlertTrigger>
{
    public void Configure(EntityTypeBuilder<AlertTrigger> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedOnAdd();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.HasIndex(t => t.ItemId);
    }
}
