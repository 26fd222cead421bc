using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>Wakes the index dispatcher right after a save, so a change shows in search within moments.</summary>
public sealed class SearchIndexSignal : WakeSignal;
