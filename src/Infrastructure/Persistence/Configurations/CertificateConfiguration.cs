using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

public sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.Property(c => c.Code).HasConversion(c => c.Value, v => CertificateCode.Create(v))
            .HasMaxLength(CertificateCode.MaxLength).IsUnicode(false);
        builder.HasKey(c => c.Code);
        builder.Property(c => c.NameEn).HasMaxLength(Certificate.NameMaxLength).IsRequired();
        builder.Property(c => c.NameNl).HasMaxLength(Certificate.NameMaxLength).IsRequired();
    }
}
