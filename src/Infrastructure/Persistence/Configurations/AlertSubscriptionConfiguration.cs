using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Common;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

public sealed class AlertSubscriptionConfiguration : IEntityTypeConfiguration<AlertSubscription>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<AlertSubscription> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion(id => id.Value, value => new AlertSubscriptionId(value));
        builder.Property(s => s.OwnerId).HasConversion(id => id.Value, value => new UserId(value));
        builder.HasIndex(s => s.OwnerId);
        builder.HasIndex(s => s.UpdatedAt);
        builder.HasIndex(s => s.VacancyId);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(10).IsUnicode(false);
        builder.Property(s => s.Name).HasMaxLength(AlertSubscription.NameMaxLength).IsRequired();
        builder.Property(s => s.Culture).HasMaxLength(AlertSubscription.CultureMaxLength).IsUnicode(false).IsRequired();
        builder.Property(s => s.Criteria).HasConversion(
                c => c == null ? null : JsonSerializer.Serialize(c, Json),
                text => text == null ? null : JsonSerializer.Deserialize<SavedSearchCriteria>(text, Json),
                new ValueComparer<SavedSearchCriteria?>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    c => JsonSerializer.Serialize(c, Json).GetHashCode(StringComparison.Ordinal),
                    c => c == null ? null : JsonSerializer.Deserialize<SavedSearchCriteria>(JsonSerializer.Serialize(c, Json), Json)))
            .HasMaxLength(4000);
        builder.OwnsOne(s => s.QuietHours, q =>
        {
            q.Property(h => h.From).HasColumnName("QuietFrom");
            q.Property(h => h.Until).HasColumnName("QuietUntil");
        });
    }
}
