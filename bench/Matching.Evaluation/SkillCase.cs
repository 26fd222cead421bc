using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Matching.Evaluation;

/// <summary>
/// A candidate who holds part of <paramref name="Target"/>'s essential skills but names another occupation as the
/// work they want; the target's vacancy is the one relevant document.
/// </summary>
/// <param name="Share">The share of the target's essential skills held, e.g. 0.5.</param>
/// <param name="SiblingInUnitGroup">True when the wanted occupation shares the target's ISCO unit group; false when it is another occupation of the sector.</param>
public sealed record SkillCase(
    OccupationUri Target,
    double Share,
    Candidate Candidate,
    IReadOnlyList<string> SkillLabels,
    bool SiblingInUnitGroup);
