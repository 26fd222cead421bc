using System.Globalization;
using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Matching.Shared;

/// <summary>Anonymous candidate cards with ESCO labels in the reader's language.</summary>
public sealed class CandidateCards(ITaxonomy taxonomy)
{
    public const int SkillsShown = 8;

    public CandidateCardDto Create(Candidate c)
    {
        var language = TaxonomyLanguage.FromCode(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            ?? TaxonomyLanguage.Default;
        return new CandidateCardDto(c.Id.Value,
            [.. c.DesiredOccupations.Select(o => taxonomy.FindOccupation(o)?.Labels.PreferredIn(language) ?? o.Value)],
            [.. c.Skills.Take(SkillsShown).Select(s => taxonomy.FindSkill(s)?.Labels.PreferredIn(language) ?? s.Value)],
            c.Skills.Count, [.. c.Languages.Select(LanguageRequirement.Format)], c.EducationLevel?.ToString(),
            [.. c.Certificates.Select(x => x.Value)], c.Home?.PlaceName, c.WillingToRelocate, c.AvailableFrom,
            c.HoursPerWeek?.Min, c.HoursPerWeek?.Max,
            c.WorkAuthorisation == WorkAuthorisation.NeedsSponsorHighlySkilledMigrant);
    }
}
