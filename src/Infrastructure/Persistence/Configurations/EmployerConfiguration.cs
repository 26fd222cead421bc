using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

public sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasConversion(id => id.Value, value => new EmployerId(value));
        builder.Property(e => e.Name).HasMaxLength(Employer.NameMaxLength).IsRequired();
        builder.Property(e => e.KvkNumber)
            .HasConversion(k => k.Value, value => KvkNumber.Create(value))
            .HasMaxLength(KvkNumber.Length).IsUnicode(false).IsRequired();
        builder.HasIndex(e => e.KvkNumber).IsUnique();
        builder.Property(e => e.OwnerId).HasConversion(id => id.Value, value => new UserId(value));
        builder.HasIndex(e => e.OwnerId);
    }
}
