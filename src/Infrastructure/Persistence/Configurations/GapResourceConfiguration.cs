using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Matching;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

public sealed class GapResourceConfiguration : IEntityTypeConfiguration<GapResource>
{
    public void Configure(EntityTypeBuilder<GapResource> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasConversion(id => id.Value, value => new GapResourceId(value));
        builder.Property(r => r.Obstacle).HasMaxLength(ObstacleCodes.MaxLength).IsUnicode(false).IsRequired();
        builder.Property(r => r.TitleEn).HasMaxLength(GapResource.TitleMaxLength).IsRequired();
        builder.Property(r => r.TitleNl).HasMaxLength(GapResource.TitleMaxLength).IsRequired();
        builder.Property(r => r.DescriptionEn).HasMaxLength(GapResource.DescriptionMaxLength).IsRequired();
        builder.Property(r => r.DescriptionNl).HasMaxLength(GapResource.DescriptionMaxLength).IsRequired();
        builder.Property(r => r.Url).HasMaxLength(GapResource.UrlMaxLength).IsUnicode(false).IsRequired();
        // Match explanations look routes up by obstacle code.
        builder.HasIndex(r => r.Obstacle);
    }
}
