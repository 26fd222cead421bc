using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Matching;

/// <summary>
/// The vacancy's occupation against the candidate's wanted ones: the same concept is met; a related one (same ISCO
/// unit group, or broader or narrower in ESCO) is partial, as people move between close occupations.
/// </summary>
internal static class OccupationFit
{
    /// <summary>Half: a related occupation shares much of the work but not all of it.</summary>
    private const double RelatedCredit = 0.5;

    public static Assessment Assess(ITaxonomy taxonomy, Candidate candidate, Vacancy vacancy)
    {
        if (vacancy.Occupation is not { } wanted)
        {
            return Assessment.Of(CriterionCodes.Occupation, MatchStatus.Missing, MatchWeights.Occupation, 0, []);
        }

        if (candidate.DesiredOccupations.Contains(wanted))
        {
            return Assessment.Of(CriterionCodes.Occupation, MatchStatus.Met, MatchWeights.Occupation, 1,
                [wanted.Value, wanted.Value]);
        }

        var related = candidate.DesiredOccupations.Where(o => AreRelated(taxonomy, o, wanted))
            .Select(o => o.Value).Order(StringComparer.Ordinal).FirstOrDefault();
        return related is null
            ? Assessment.Of(CriterionCodes.Occupation, MatchStatus.Missing, MatchWeights.Occupation, 0, [wanted.Value])
            : Assessment.Of(CriterionCodes.Occupation, MatchStatus.Partial, MatchWeights.Occupation, RelatedCredit,
                [wanted.Value, related]);
    }

    /// <summary>Same ISCO unit group, or one is an ancestor of the other in ESCO's broader/narrower tree.</summary>
    public static bool AreRelated(ITaxonomy taxonomy, OccupationUri a, OccupationUri b)
    {
        var first = taxonomy.FindOccupation(a);
        var second = taxonomy.FindOccupation(b);
        if (first is null || second is null)
        {
            return false;
        }

        return first.IscoCode == second.IscoCode || IsAncestor(taxonomy, a, b) || IsAncestor(taxonomy, b, a);
    }

    private static bool IsAncestor(ITaxonomy taxonomy, OccupationUri ancestor, OccupationUri of)
    {
        for (var broader = taxonomy.BroaderOf(of); broader is not null; broader = taxonomy.BroaderOf(broader.Uri))
        {
            if (broader.Uri == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
