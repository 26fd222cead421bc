using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

/// <summary>
/// Vacancies with flat, queryable columns (salary, hours, coordinates, closing date) for the search to come; skills,
/// languages, certificates and history in child tables. Enums are stored by name.
/// </summary>
public sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    private const int EnumMaxLength = 20;

    private static readonly ValueConverter<OccupationUri, string> OccupationConverter =
        new(u => u.Value, v => OccupationUri.Create(v));

    public void Configure(EntityTypeBuilder<Vacancy> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasConversion(id => id.Value, value => new VacancyId(value));
        builder.Property(v => v.EmployerId).HasConversion(id => id.Value, value => new EmployerId(value));
        builder.HasOne<Employer>().WithMany().HasForeignKey(v => v.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.EmployerId, v.UpdatedAt });
        builder.HasIndex(v => new { v.Status, v.PublishedAt });
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
        builder.Property(v => v.Title).HasMaxLength(Vacancy.TitleMaxLength).IsRequired();
        builder.Property(v => v.Description).IsRequired();
        builder.Property(v => v.Sector).HasConversion(s => s!.Code, code => Sector.FromCode(code))
            .HasMaxLength(Sector.CodeMaxLength).IsUnicode(false);
        builder.Property(v => v.Occupation).HasConversion(OccupationConverter).HasMaxLength(EscoUri.MaxLength).IsUnicode(false);
        builder.Property(v => v.EducationLevel).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
        builder.Property(v => v.ContractType).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
        builder.Property(v => v.WorkMode).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
        builder.Property(v => v.PlaceName).HasMaxLength(VacancyLocation.NameMaxLength);
        builder.Ignore(v => v.Hours);
        builder.Ignore(v => v.Salary);
        builder.Ignore(v => v.Location);
        builder.Ignore(v => v.IsFinal);
        ConfigureChildren(builder);
    }

    private static void ConfigureChildren(EntityTypeBuilder<Vacancy> builder)
    {
        builder.OwnsMany(v => v.Skills, skill =>
        {
            skill.ToTable("VacancySkills");
            skill.WithOwner().HasForeignKey("VacancyId");
            skill.Property(s => s.Skill).HasConversion(u => u.Value, v => SkillUri.Create(v))
                .HasMaxLength(EscoUri.MaxLength).IsUnicode(false);
            skill.HasKey("VacancyId", nameof(RequiredSkill.Skill));
            skill.Property(s => s.Relation).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
        });
        builder.OwnsMany(v => v.Languages, language =>
        {
            language.ToTable("VacancyLanguages");
            language.WithOwner().HasForeignKey("VacancyId");
            language.Property(l => l.Language).HasConversion(c => c.Value, v => LanguageCode.Create(v))
                .HasMaxLength(LanguageCode.Length).IsUnicode(false);
            language.HasKey("VacancyId", nameof(LanguageSkill.Language));
            language.Property(l => l.Level).HasConversion<string>().HasMaxLength(2).IsUnicode(false);
        });
        builder.OwnsMany(v => v.Certificates, certificate =>
        {
            certificate.ToTable("VacancyCertificates");
            certificate.WithOwner().HasForeignKey("VacancyId");
            certificate.Property(c => c.Code).HasConversion(c => c.Value, v => CertificateCode.Create(v))
                .HasMaxLength(CertificateCode.MaxLength).IsUnicode(false);
            certificate.HasKey("VacancyId", nameof(RequiredCertificate.Code));
            certificate.HasOne<Certificate>().WithMany().HasForeignKey(c => c.Code).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(v => v.History, entry =>
        {
            entry.ToTable("VacancyHistory");
            entry.WithOwner().HasForeignKey("VacancyId");
            entry.Property<int>("Id");
            entry.HasKey("Id");
            entry.Property(h => h.By).HasConversion(id => id.Value, value => new UserId(value));
            entry.Property(h => h.Action).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
            entry.Property(h => h.From).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
            entry.Property(h => h.To).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
            entry.Property(h => h.Changes).HasMaxLength(VacancyHistoryEntry.ChangesMaxLength).IsRequired();
        });
        foreach (var navigation in new[] { nameof(Vacancy.Skills), nameof(Vacancy.Languages), nameof(Vacancy.Certificates),
                     nameof(Vacancy.History) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}
