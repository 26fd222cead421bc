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
        builder.Ignore(e => e.Sectors);
        builder.Property<string>("_sectors").HasColumnName("Sectors").HasMaxLength(Employer.SectorsMaxLength)
            .IsUnicode(false).IsRequired();
        builder.OwnsMany(e => e.Locations, location =>
        {
            location.ToTable("EmployerLocations");
            location.WithOwner().HasForeignKey("EmployerId");
            location.Property<int>("Id");
            location.HasKey("Id");
            location.Property(l => l.PlaceName).HasMaxLength(EmployerLocation.NameMaxLength).IsRequired();
            location.Ignore(l => l.Point);
        });
        builder.OwnsMany(e => e.Recruiters, recruiter =>
        {
            recruiter.ToTable("EmployerRecruiters");
            recruiter.WithOwner().HasForeignKey("EmployerId");
            recruiter.HasKey("EmployerId", nameof(Recruiter.UserId));
            recruiter.Property(r => r.UserId).HasConversion(id => id.Value, value => new UserId(value));
            // An account belongs to at most one organisation.
            recruiter.HasIndex(r => r.UserId).IsUnique();
        });
        builder.OwnsMany(e => e.Invitations, invitation =>
        {
            invitation.ToTable("EmployerInvitations");
            invitation.WithOwner().HasForeignKey("EmployerId");
            invitation.HasKey(i => i.Id);
            invitation.Property(i => i.Id).ValueGeneratedNever();
            invitation.Property(i => i.Email).HasMaxLength(EmailAddress.MaxLength).IsRequired();
            invitation.Property(i => i.TokenHash).HasMaxLength(EmployerInvitation.TokenHashLength).IsUnicode(false)
                .IsRequired();
            invitation.Property(i => i.InvitedBy).HasConversion(id => id.Value, value => new UserId(value));
            invitation.Property(i => i.AcceptedBy).HasConversion(id => id!.Value.Value, value => new UserId(value));
        });
        builder.Navigation(e => e.Locations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.Recruiters).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.Invitations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
