using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Matching.Shared;

/// <summary>
/// What to ask an engine for before scoring: the wanted occupations with their broader and narrower ESCO
/// occupations, their ISCO unit groups, and the skills. Recall matters here, not order: the scorer ranks.
/// </summary>
public sealed class MatchRetrievals(ITaxonomy taxonomy)
{
    /// <summary>How many documents are scored per request; the best-scoring ones are shown.</summary>
    public const int Pool = 400;

    public MatchRetrieval ForCandidate(Candidate candidate, DateOnly today) => new(
        Widen(candidate.DesiredOccupations), Groups(candidate.DesiredOccupations),
        [.. candidate.Skills.Select(s => s.Value)],
        candidate.WorkAuthorisation == WorkAuthorisation.NeedsSponsorHighlySkilledMigrant, null, null, today, Pool);

    public MatchRetrieval ForVacancy(Vacancy vacancy, DateOnly today)
    {
        IReadOnlyList<OccupationUri> occupation = vacancy.Occupation is { } uri ? [uri] : [];
        return new MatchRetrieval(Widen(occupation), Groups(occupation), [.. vacancy.Skills.Select(s => s.Skill.Value)],
            !vacancy.VisaSponsorship, null, null, today, Pool);
    }

    private List<string> Widen(IEnumerable<OccupationUri> occupations) =>
    [
        .. occupations.SelectMany(uri => taxonomy.NarrowerOf(uri).Select(o => o.Uri)
                .Concat(taxonomy.BroaderOf(uri) is { } broader ? [broader.Uri] : [])
                .Prepend(uri))
            .Select(u => u.Value).Distinct(),
    ];

    private List<string> Groups(IEnumerable<OccupationUri> occupations) =>
        [.. occupations.Select(taxonomy.FindOccupation).OfType<EscoOccupation>().Select(o => o.IscoCode.Value).Distinct()];
}
