using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Vacancies.Shared;

/// <summary>Vacancies to DTOs, with ESCO labels and certificate names in the request's language.</summary>
public sealed class VacancyMapper(ITaxonomy taxonomy, IApplicationDbContext db)
{
    private static TaxonomyLanguage Language =>
        TaxonomyLanguage.FromCode(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? TaxonomyLanguage.Default;

    public async Task<VacancyDto> ToDtoAsync(Vacancy v, string employerName, bool member,
        IReadOnlyDictionary<Guid, string>? people, CancellationToken cancellationToken)
    {
        var codes = v.Certificates.Select(c => c.Code).ToList();
        var certificates = codes.Count == 0 ? [] : await db.Certificates.AsNoTracking().ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return new VacancyDto(v.Id.Value, v.EmployerId.Value, employerName, v.Status.ToString(), v.Title, v.Description,
            v.Sector?.Code, v.Occupation is { } o ? new ConceptDto(o.Value, OccupationLabel(o) ?? o.Value) : null,
            [.. v.Skills.Select(s => new RequiredSkillDto(s.Skill.Value,
                taxonomy.FindSkill(s.Skill)?.Labels.PreferredIn(Language) ?? s.Skill.Value, s.Relation.ToString()))],
            [.. v.Languages.Select(l => new LanguageRequirement(l.Language.Value, l.Level.ToString()))],
            v.EducationLevel?.ToString(), v.DiplomaRecognitionRequired, v.BigRegistrationRequired,
            [.. v.Certificates.Select(c => new CertificateRequirementDto(c.Code.Value,
                certificates.FirstOrDefault(x => x.Code == c.Code)?.Name(culture) ?? c.Code.Value))],
            v.HoursMin, v.HoursMax, v.ContractType?.ToString(), v.SalaryFrom, v.SalaryTo, v.PlaceName, v.Latitude,
            v.Longitude, v.WorkMode?.ToString(), v.VisaSponsorship, v.RelocationSupport, v.HousingSupport, v.StartDate,
            v.ClosingDate, v.CreatedAt, v.UpdatedAt, v.PublishedAt, v.MissingForPublication(), member,
            member ? [.. v.History.OrderBy(h => h.At).Select(h => new HistoryEntryDto(h.At,
                people?.GetValueOrDefault(h.By.Value) ?? h.By.Value.ToString(), h.Action.ToString(), h.From?.ToString(),
                h.To.ToString(), h.Changes.Split(',', StringSplitOptions.RemoveEmptyEntries)))] : null);
    }

    public VacancySummaryDto ToSummary(Vacancy v, string employerName) => new(v.Id.Value, v.Title, employerName,
        v.Status.ToString(), v.Sector?.Code, v.Occupation is { } o ? OccupationLabel(o) : null, v.PlaceName,
        v.ContractType?.ToString(), v.WorkMode?.ToString(), v.HoursMin, v.HoursMax, v.SalaryFrom, v.SalaryTo,
        v.VisaSponsorship, v.RelocationSupport, v.HousingSupport, v.ClosingDate, v.PublishedAt, v.UpdatedAt);

    private string? OccupationLabel(OccupationUri uri) =>
        taxonomy.FindOccupation(uri)?.Labels.PreferredIn(Language);
}
