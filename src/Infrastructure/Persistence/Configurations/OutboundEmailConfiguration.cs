using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

public sealed class OutboundEmailConfiguration : IEntityTypeConfiguration<OutboundEmail>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<OutboundEmail> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasConversion(id => id.Value, value => new OutboundEmailId(value));
        builder.Property(e => e.IdempotencyKey).HasMaxLength(OutboundEmail.IdempotencyKeyMaxLength)
            .IsUnicode(false).IsRequired();
        builder.HasIndex(e => e.IdempotencyKey).IsUnique();
        builder.Property(e => e.ToAddress).HasMaxLength(EmailAddress.MaxLength).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(OutboundEmail.SubjectMaxLength).IsRequired();
        builder.Property(e => e.HtmlBody).IsRequired();
        builder.Property(e => e.TextBody).IsRequired();
        builder.Property(e => e.Headers).HasConversion(
                headers => JsonSerializer.Serialize(headers, Json),
                json => new Dictionary<string, string>(string.IsNullOrEmpty(json)
                    ? new Dictionary<string, string>()
                    : JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? new Dictionary<string, string>(),
                    StringComparer.OrdinalIgnoreCase), // header names are case-insensitive, as EmailHeaders.Checked made them
                new ValueComparer<IReadOnlyDictionary<string, string>>(
                    (a, b) => a!.Count == b!.Count && a.All(h => b.ContainsKey(h.Key) && b[h.Key] == h.Value),
                    h => h.Count,
                    h => new Dictionary<string, string>(h)))
            .HasMaxLength(4000).IsRequired();
        builder.Property(e => e.LastError).HasMaxLength(OutboundEmail.LastErrorMaxLength);
        builder.Property(e => e.LeaseOwner).HasMaxLength(OutboundEmail.LeaseOwnerMaxLength).IsUnicode(false);
        // The dispatcher's claim query: due pending messages first.
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
    }
}
