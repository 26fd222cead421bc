using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Alerts.Matching;

/// <summary>Wakes the matching dispatcher when a save added triggers, so instant alerts do not wait for the next poll.</summary>
public sealed class AlertMatchingSignal : WakeSignal;
