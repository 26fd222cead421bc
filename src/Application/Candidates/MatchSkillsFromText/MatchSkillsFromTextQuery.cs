using Mediator;

namespace TalentMatch.Application.Candidates.MatchSkillsFromText;

/// <summary>
/// The ESCO skills that best match what the candidate wrote in their own words ("welding, first aid; forklift"),
/// for them to confirm; nothing is stored. Skills they already have are left out.
/// </summary>
public sealed record MatchSkillsFromTextQuery(string? Text, string? Language = null) : IQuery<IReadOnlyList<SkillMatchDto>>;
