using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

/// <summary>
/// A candidate and their profile in one row: the lists (occupations, skills, certificates, languages) are JSON
/// columns, the value objects (recognition, hours, home, CV) complex properties in columns of their own.
/// </summary>
public sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new CandidateId(value));
        builder.Property(c => c.UserId).HasConversion(id => id.Value, value => new UserId(value));
        builder.HasIndex(c => c.UserId).IsUnique();
        builder.Property(c => c.DisplayName).HasMaxLength(Candidate.DisplayNameMaxLength).IsRequired();

        builder.PrimitiveCollection(c => c.DesiredOccupations).HasField("_desiredOccupations")
            .ElementType(e => e.HasConversion(new ValueConverter<OccupationUri, string>(u => u.Value, v => OccupationUri.Create(v))).HasMaxLength(EscoUri.MaxLength));
        builder.PrimitiveCollection(c => c.Skills).HasField("_skills")
            .ElementType(e => e.HasConversion(new ValueConverter<SkillUri, string>(u => u.Value, v => SkillUri.Create(v))).HasMaxLength(EscoUri.MaxLength));
        builder.PrimitiveCollection(c => c.Certificates).HasField("_certificates")
            .ElementType(e => e.HasConversion(new ValueConverter<CertificateCode, string>(c => c.Value, v => CertificateCode.Create(v))).HasMaxLength(CertificateCode.MaxLength));
        builder.OwnsMany(c => c.Languages, languages =>
        {
            languages.ToJson();
            languages.Property(l => l.Language)
                .HasConversion(new ValueConverter<LanguageCode, string>(l => l.Value, v => LanguageCode.Create(v)));
        });
        builder.Navigation(c => c.Languages).HasField("_languages");

        // Value objects have get-only properties: each is named here so EF maps it.
        builder.ComplexProperty(c => c.Recognition, recognition =>
        {
            recognition.Property(r => r.Status);
            recognition.Property(r => r.Body);
        });
        builder.ComplexProperty(c => c.HoursPerWeek, hours =>
        {
            hours.Property(h => h.Min);
            hours.Property(h => h.Max);
        });
        builder.ComplexProperty(c => c.Home, home =>
        {
            home.Property(h => h.PlaceName).HasMaxLength(HomeLocation.PlaceNameMaxLength);
            home.ComplexProperty(h => h.Location);
            home.Property(h => h.MaxCommuteKm);
        });
        builder.ComplexProperty(c => c.Cv, cv =>
        {
            cv.Property(d => d.StorageKey).HasMaxLength(CvDocument.StorageKeyMaxLength).IsUnicode(false);
            cv.Property(d => d.FileName).HasMaxLength(CvDocument.FileNameMaxLength);
            cv.Property(d => d.FileType);
            cv.Property(d => d.SizeBytes);
            cv.Property(d => d.UploadedAt);
        });
    }
}
