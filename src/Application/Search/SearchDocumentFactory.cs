using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Search;

/// <summary>
/// Builds the flat index documents from the database's entities, adding the ESCO labels of their concepts in every
/// language the taxonomy has. Every engine indexes exactly these documents, so they find the same things.
/// </summary>
public sealed class SearchDocumentFactory(ITaxonomy taxonomy)
{
    /// <summary>Only published vacancies are in the index (the closing date is checked when searching).</summary>
    public static bool IsIndexed(Vacancy vacancy) => vacancy.Status == VacancyStatus.Published;

    /// <summary>Only candidates who chose to be visible are in the index.</summary>
    public static bool IsIndexed(Candidate candidate) => candidate.VisibleToEmployers;

    public VacancyDocument Create(Vacancy vacancy, string employerName)
    {
        var occupation = vacancy.Occupation is { } uri ? taxonomy.FindOccupation(uri) : null;
        var iscoGroup = occupation?.IscoCode.Value;
        var description = PlainText.FromHtml(vacancy.Description);
        return new VacancyDocument(
            vacancy.Id.Value, Versions.Of(vacancy.UpdatedAt), vacancy.EmployerId.Value, employerName, vacancy.Title,
            description, TextLanguage.Guess($"{vacancy.Title} {description}"), vacancy.Sector?.Code,
            vacancy.Occupation?.Value, iscoGroup, iscoGroup is { Length: >= 3 } ? iscoGroup[..3] : null,
            occupation is null ? [] : AllLabels(occupation.Labels),
            [.. vacancy.Skills.Where(s => s.Relation == SkillRelation.Essential).Select(s => s.Skill.Value)],
            [.. vacancy.Skills.Where(s => s.Relation != SkillRelation.Essential).Select(s => s.Skill.Value)],
            SkillLabels(vacancy.Skills.Select(s => s.Skill)), Languages(vacancy.Languages),
            [.. vacancy.Certificates.Select(c => c.Code.Value)], vacancy.ContractType?.ToString(),
            vacancy.WorkMode?.ToString(), vacancy.HoursMin, vacancy.HoursMax, vacancy.SalaryFrom, vacancy.SalaryTo,
            vacancy.PlaceName, vacancy.Latitude, vacancy.Longitude, vacancy.VisaSponsorship, vacancy.HousingSupport,
            vacancy.RelocationSupport, vacancy.PublishedAt ?? vacancy.UpdatedAt, vacancy.ClosingDate);
    }

    public CandidateDocument Create(Candidate candidate)
    {
        var occupations = candidate.DesiredOccupations.Select(taxonomy.FindOccupation).OfType<EscoOccupation>().ToList();
        var updatedAt = candidate.ProfileUpdatedAt ?? candidate.RegisteredAt;
        return new CandidateDocument(
            candidate.Id.Value, Versions.Of(updatedAt),
            [.. occupations.Select(o => o.Sector?.Code).OfType<string>().Distinct()],
            [.. candidate.DesiredOccupations.Select(o => o.Value)],
            [.. occupations.Select(o => o.IscoCode.Value).Distinct()],
            [.. occupations.SelectMany(o => AllLabels(o.Labels)).Distinct()],
            [.. candidate.Skills.Select(s => s.Value)], SkillLabels(candidate.Skills), Languages(candidate.Languages),
            [.. candidate.Certificates.Select(c => c.Value)], candidate.EducationLevel?.ToString(),
            candidate.WorkAuthorisation == WorkAuthorisation.NeedsSponsorHighlySkilledMigrant,
            candidate.HoursPerWeek?.Max, candidate.AvailableFrom, candidate.Home?.PlaceName,
            candidate.Home?.Location.Latitude, candidate.Home?.Location.Longitude, candidate.Home?.MaxCommuteKm,
            candidate.WillingToRelocate, updatedAt);
    }

    private static IReadOnlyList<string> Languages(IEnumerable<LanguageSkill> languages) =>
        [.. languages.Select(LanguageRequirement.Format)];

    private static IReadOnlyList<string> AllLabels(MultilingualLabels labels) =>
        [.. labels.Languages.Select(labels.In).OfType<ConceptLabels>()
            .SelectMany(l => l.Alternative.Prepend(l.Preferred)).Distinct(StringComparer.OrdinalIgnoreCase)];

    private IReadOnlyList<string> SkillLabels(IEnumerable<SkillUri> skills) =>
        [.. skills.Select(taxonomy.FindSkill).OfType<EscoSkill>().SelectMany(s => AllLabels(s.Labels))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
}
