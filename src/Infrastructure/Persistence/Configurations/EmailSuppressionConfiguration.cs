using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

public sealed class EmailSuppressionConfiguration : IEntityTypeConfiguration<EmailSuppression>
{
    public void Configure(EntityTypeBuilder<EmailSuppression> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedOnAdd();
        builder.Property(s => s.AddressHash).HasMaxLength(EmailSuppression.AddressHashLength).IsFixedLength()
            .IsUnicode(false).IsRequired();
        builder.HasIndex(s => s.AddressHash).IsUnique();
        builder.Property(s => s.Reason).HasConversion<string>().HasMaxLength(EmailSuppression.ReasonMaxLength)
            .IsUnicode(false);
    }
}
