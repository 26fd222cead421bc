using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Search.Benchmarks.Data;

/// <summary>
/// What <see cref="MatchRetrievals"/> asks for, built from index documents instead of entities: the occupations with
/// their broader and narrower ones, their ISCO unit groups, the skills, the sponsorship constraint, no radius.
/// </summary>
internal sealed class BenchRetrievals(ITaxonomy taxonomy)
{
    public MatchRetrieval ForCandidate(CandidateDocument candidate) => new(
        Widen(candidate.OccupationUris), candidate.IscoGroups, candidate.SkillUris, candidate.NeedsSponsor, null, null,
        BenchScale.Today, MatchRetrievals.Pool);

    public MatchRetrieval ForVacancy(VacancyDocument vacancy) => new(
        Widen(vacancy.OccupationUri is { } uri ? [uri] : []), vacancy.IscoGroup is { } group ? [group] : [],
        [.. vacancy.EssentialSkillUris, .. vacancy.OptionalSkillUris], !vacancy.VisaSponsorship, null, null,
        BenchScale.Today, MatchRetrievals.Pool);

    private List<string> Widen(IEnumerable<string> occupations) =>
    [
        .. occupations.Select(OccupationUri.Create).SelectMany(uri => taxonomy.NarrowerOf(uri).Select(o => o.Uri)
                .Concat(taxonomy.BroaderOf(uri) is { } broader ? [broader.Uri] : [])
                .Prepend(uri))
            .Select(u => u.Value).Distinct(),
    ];
}
