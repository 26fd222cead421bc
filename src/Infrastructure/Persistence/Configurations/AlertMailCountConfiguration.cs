using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Common;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

public sealed class AlertMailCountConfiguration : IEntityTypeConfiguration<AlertMailCount>
{
    public void Configure(EntityTypeBuilder<AlertMailCount> builder)
    {
        // One row per person and local day: the daily cap's counter, raised by a conditional UPDATE.
        builder.HasKey(c => new { c.OwnerId, c.Day });
        builder.Property(c => c.OwnerId).HasConversion(id => id.Value, value => new UserId(value));
        builder.HasIndex(c => c.Day);
    }
}
