using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

/// <summary>
/// Applications with their stage history (ApplicationStageChanges: one flat row per step, for the funnel),
/// messages and internal notes in child tables. Stages and sides are stored by name. The unique index on
/// (CandidateId, OpenVacancyId) allows one open application per candidate and vacancy (ended ones have null).
/// </summary>
public sealed class JobApplicationConfiguration : IEntityTypeConfiguration<JobApplication>
{
    private const int EnumMaxLength = 20;

    private static readonly ValueConverter<VacancyId, Guid> VacancyIdConverter = new(id => id.Value, v => new VacancyId(v));

    private static readonly ValueConverter<UserId, Guid> UserIdConverter = new(id => id.Value, v => new UserId(v));

    public void Configure(EntityTypeBuilder<JobApplication> builder)
    {
        builder.ToTable("JobApplications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion(id => id.Value, value => new JobApplicationId(value));
        builder.Property(a => a.CandidateId).HasConversion(id => id.Value, value => new CandidateId(value));
        builder.Property(a => a.VacancyId).HasConversion(id => id.Value, value => new VacancyId(value));
        builder.Property(a => a.EmployerId).HasConversion(id => id.Value, value => new EmployerId(value));
        builder.Property(a => a.OpenVacancyId).HasConversion(VacancyIdConverter);
        builder.Property(a => a.InvitedBy).HasConversion(UserIdConverter);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(a => a.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(a => a.VacancyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(a => a.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CandidateId, a.OpenVacancyId }).IsUnique();
        builder.HasIndex(a => new { a.VacancyId, a.UpdatedAt });
        builder.HasIndex(a => new { a.EmployerId, a.UpdatedAt });
        builder.Property(a => a.Origin).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
        builder.Property(a => a.Stage).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
        builder.Property(a => a.Motivation).HasMaxLength(JobApplication.MotivationMaxLength).IsRequired();
        builder.ComplexProperty(a => a.Cv, cv =>
        {
            cv.Property(d => d.StorageKey).HasMaxLength(CvDocument.StorageKeyMaxLength).IsUnicode(false);
            cv.Property(d => d.FileName).HasMaxLength(CvDocument.FileNameMaxLength);
            cv.Property(d => d.FileType);
            cv.Property(d => d.SizeBytes);
            cv.Property(d => d.UploadedAt);
        });
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.ContactShared);
        ConfigureChildren(builder);
    }

    private static void ConfigureChildren(EntityTypeBuilder<JobApplication> builder)
    {
        builder.OwnsMany(a => a.History, change =>
        {
            change.ToTable("ApplicationStageChanges");
            change.WithOwner().HasForeignKey("ApplicationId");
            change.Property<int>("Id");
            change.HasKey("Id");
            change.Property(c => c.Stage).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
            change.Property(c => c.From).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
            change.Property(c => c.BySide).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
            change.Property(c => c.By).HasConversion(UserIdConverter);
            change.HasIndex(nameof(StageChange.Stage), nameof(StageChange.At));
        });
        builder.OwnsMany(a => a.Messages, message =>
        {
            message.ToTable("ApplicationMessages");
            message.WithOwner().HasForeignKey("ApplicationId");
            message.HasKey(m => m.Id);
            message.Property(m => m.Id).ValueGeneratedNever();
            message.Property(m => m.Side).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
            message.Property(m => m.AuthorId).HasConversion(id => id.Value, value => new UserId(value));
            message.Property(m => m.Text).HasMaxLength(ApplicationMessage.TextMaxLength).IsRequired();
        });
        builder.OwnsMany(a => a.Notes, note =>
        {
            note.ToTable("ApplicationNotes");
            note.WithOwner().HasForeignKey("ApplicationId");
            note.HasKey(n => n.Id);
            note.Property(n => n.Id).ValueGeneratedNever();
            note.Property(n => n.AuthorId).HasConversion(id => id.Value, value => new UserId(value));
            note.Property(n => n.Text).HasMaxLength(InternalNote.TextMaxLength).IsRequired();
        });
        foreach (var navigation in new[] { nameof(JobApplication.History), nameof(JobApplication.Messages),
                     nameof(JobApplication.Notes) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}
