using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Placements;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

/// <summary>
/// Placements in flat columns, so the monitor counts them in SQL: by status, sector and the month of HiredAt, joined
/// to Candidates for the current statistics consent. One placement per application.
/// </summary>
public sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    private const int EnumMaxLength = 20;

    private static readonly ValueConverter<JobApplicationId, Guid> ApplicationIdConverter =
        new(id => id.Value, v => new JobApplicationId(v));

    private static readonly ValueConverter<UserId, Guid> UserIdConverter = new(id => id.Value, v => new UserId(v));

    private static readonly ValueConverter<OccupationUri, string> OccupationConverter =
        new(u => u.Value, v => OccupationUri.Create(v));

    private static readonly ValueConverter<IscoCode, string> IscoConverter = new(c => c.Value, v => IscoCode.Create(v));

    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasConversion(id => id.Value, value => new PlacementId(value));
        builder.Property(p => p.CandidateId).HasConversion(id => id.Value, value => new CandidateId(value));
        builder.Property(p => p.VacancyId).HasConversion(id => id.Value, value => new VacancyId(value));
        builder.Property(p => p.EmployerId).HasConversion(id => id.Value, value => new EmployerId(value));
        builder.Property(p => p.ApplicationId).HasConversion(ApplicationIdConverter);
        builder.Property(p => p.DecidedBy).HasConversion(UserIdConverter);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(p => p.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(p => p.VacancyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(p => p.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<JobApplication>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ApplicationId).IsUnique();
        builder.HasIndex(p => new { p.CandidateId, p.VacancyId });
        builder.HasIndex(p => new { p.Status, p.Sector, p.HiredAt });
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
        builder.Property(p => p.Sector).HasConversion(s => s!.Code, code => Sector.FromCode(code))
            .HasMaxLength(Sector.CodeMaxLength).IsUnicode(false);
        builder.Property(p => p.Occupation).HasConversion(OccupationConverter)
            .HasMaxLength(EscoUri.MaxLength).IsUnicode(false);
        builder.Property(p => p.IscoUnitGroup).HasConversion(IscoConverter)
            .HasMaxLength(IscoCode.UnitGroupLength).IsUnicode(false);
        builder.Property(p => p.ContractType).HasConversion<string>().HasMaxLength(EnumMaxLength).IsUnicode(false);
        builder.Ignore(p => p.Counts);
    }
}
