using TalentMatch.Application.Alerts.Shared;

namespace TalentMatch.Web.Pages.Shared;

/// <summary>
/// The model of <c>_AlertSwitch</c>: which "new matches" alert a page offers (<c>MatchingVacancies</c> on a candidate's
/// matches, <c>MatchingCandidates</c> on a vacancy's), the one that is on, and whether it can be switched on.
/// </summary>
public sealed record AlertSwitch(string Kind, AlertDto? Current, bool Available = true);
