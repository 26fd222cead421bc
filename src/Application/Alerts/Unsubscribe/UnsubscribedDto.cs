namespace TalentMatch.Application.Alerts.Unsubscribe;

/// <summary>The link's language and how many of its alerts were deleted now (0: they were already gone).</summary>
public sealed record UnsubscribedDto(string Culture, int Removed);
