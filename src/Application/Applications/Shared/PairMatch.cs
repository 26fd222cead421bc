using TalentMatch.Application.Matching;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Applications.Shared;

/// <summary>
/// Whether a candidate and a vacancy match, as matching finds them: they share an occupation (with its broader and
/// narrower ones), an ISCO unit group or a skill, and no hard constraint (a sponsor needed but not offered) excludes
/// them. Checked on the records themselves, so it does not wait for the search index.
/// </summary>
public sealed class PairMatch(MatchRetrievals retrievals, ITaxonomy taxonomy)
{
    public bool Matches(Candidate candidate, Vacancy vacancy, DateOnly today)
    {
        if (MatchScorer.IsExcluded(candidate, vacancy))
        {
            return false;
        }

        var wanted = retrievals.ForVacancy(vacancy, today);
        var groups = candidate.DesiredOccupations.Select(taxonomy.FindOccupation).OfType<EscoOccupation>()
            .Select(o => o.IscoCode.Value);
        return candidate.DesiredOccupations.Any(o => wanted.OccupationUris.Contains(o.Value))
            || groups.Any(wanted.IscoGroups.Contains)
            || candidate.Skills.Any(s => wanted.SkillUris.Contains(s.Value));
    }
}
