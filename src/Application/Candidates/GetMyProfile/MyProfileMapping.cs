using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Candidates.GetMyProfile;

internal static class MyProfileMapping
{
    public static MyProfileDto ToDto(this Candidate c, string email, ITaxonomy taxonomy,
        IReadOnlyDictionary<CertificateCode, Certificate> certificates, TaxonomyLanguage language)
    {
        var completeness = c.Completeness();
        return new MyProfileDto(c.Id.Value, c.DisplayName, email, c.RegisteredAt,
            [.. c.DesiredOccupations.Select(o => taxonomy.Occupation(o.Value, language))],
            [.. c.Skills.Select(s => taxonomy.Skill(s.Value, language))],
            [.. c.Languages.Select(l => new LanguageSkillDto(l.Language.Value, l.Level.ToString()))],
            c.EducationLevel?.ToString(), c.Recognition.Status.ToString(), c.Recognition.Body.ToString(),
            c.BigRegistration.ToString(),
            [.. c.Certificates.Select(code => new CertificateDto(code.Value,
                certificates.GetValueOrDefault(code)?.Name(language.Code) ?? code.Value))],
            c.WorkAuthorisation?.ToString(), c.AvailableFrom, c.HoursPerWeek?.Min, c.HoursPerWeek?.Max,
            c.Home?.PlaceName, c.Home?.MaxCommuteKm, c.WillingToRelocate, c.HousingNeed.ToString(),
            c.VisibleToEmployers, c.ConsentsToStatistics, c.Cv?.ToDto(),
            new CompletenessDto(completeness.Percent, [.. completeness.Missing.Select(s => s.ToString())]),
            c.ProfileUpdatedAt, c.Group?.ToString());
    }
}
