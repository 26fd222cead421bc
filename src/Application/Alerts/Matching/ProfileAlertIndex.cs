using TalentMatch.Application.Matching;
using TalentMatch.Application.Search;

namespace TalentMatch.Application.Alerts.Matching;

/// <summary>
/// Profile alerts indexed by what they can match on, the way the matches pages retrieve before scoring: a pair is
/// retrieved when the item shares an occupation (the wanted one, or a broader or narrower one), an ISCO unit group or
/// a skill with the watched profile or vacancy, and passes sponsorship. An inverted index from those topics to the
/// subscriptions, so a new item looks at the subscriptions of its own topics only; the scorer then confirms.
/// Immutable: the watch list builds a new one when its subscriptions or watched profiles change.
/// </summary>
public sealed class ProfileAlertIndex
{
    private readonly Dictionary<string, List<int>> _vacancyWatchers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _candidateWatchers = new(StringComparer.Ordinal);
    private readonly List<(Guid Id, bool Sponsorship)> _entries = [];

    public static ProfileAlertIndex Empty { get; } = new([], []);

    /// <param name="vacancyAlerts">Candidates' alerts with the retrieval of their profile (<c>MatchRetrievals.ForCandidate</c>).</param>
    /// <param name="candidateAlerts">Employers' alerts with the retrieval of their vacancy (<c>MatchRetrievals.ForVacancy</c>).</param>
    public ProfileAlertIndex(IEnumerable<(Guid SubscriptionId, MatchRetrieval Retrieval)> vacancyAlerts,
        IEnumerable<(Guid SubscriptionId, MatchRetrieval Retrieval)> candidateAlerts)
    {
        Add(vacancyAlerts, _vacancyWatchers);
        Add(candidateAlerts, _candidateWatchers);
    }

    public int Count => _entries.Count;

    /// <summary>Candidates' alerts the new vacancy is retrieved for.</summary>
    public IReadOnlyList<Guid> Percolate(VacancyDocument vacancy)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        IEnumerable<string> keys = [
            .. Keys(Occupation, vacancy.OccupationUri is { } o ? [o] : []),
            .. Keys(Group, vacancy.IscoGroup is { } g ? [g] : []),
            .. Keys(Skill, vacancy.EssentialSkillUris.Concat(vacancy.OptionalSkillUris))];
        return Find(_vacancyWatchers, keys, sponsorship => !sponsorship || vacancy.VisaSponsorship);
    }

    /// <summary>
    /// The candidates' alerts each new vacancy matches: retrieved by topic (<see cref="Percolate(VacancyDocument)"/>)
    /// and confirmed by the one scorer at <see cref="AlertScores.Minimum"/> or more (<see cref="MatchScorer.ScoreOnly"/>:
    /// the pairs kept are explained afterwards). The vacancies are spread over the cores; the pairs come in vacancy
    /// order, then in alert order, whatever the threads did.
    /// </summary>
    /// <param name="candidateOf">
    /// The prepared profile of an alert that may collect the vacancy, or null to leave the alert out (paused, older than
    /// the vacancy, no profile); called from several threads at once.
    /// </param>
    public IReadOnlyList<(Guid SubscriptionId, int Vacancy)> Confirm(IReadOnlyList<(VacancyDocument Document, PreparedVacancy Facts)> vacancies,
        MatchScorer scorer, DateOnly today, Func<Guid, PreparedVacancy, PreparedCandidate?> candidateOf)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(candidateOf);
        var found = new List<Guid>[vacancies.Count];
        Parallel.For(0, vacancies.Count, i =>
        {
            var (document, facts) = vacancies[i];
            found[i] = [.. Percolate(document).Where(alert => candidateOf(alert, facts) is { } candidate
                && scorer.ScoreOnly(candidate, facts, today) >= AlertScores.Minimum)];
        });
        return [.. found.SelectMany((alerts, vacancy) => alerts.Select(alert => (alert, vacancy)))];
    }

    /// <summary>Employers' alerts the new or changed visible candidate is retrieved for.</summary>
    public IReadOnlyList<Guid> Percolate(CandidateDocument candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        IEnumerable<string> keys = [
            .. Keys(Occupation, candidate.OccupationUris), .. Keys(Group, candidate.IscoGroups),
            .. Keys(Skill, candidate.SkillUris)];
        return Find(_candidateWatchers, keys, noSponsorOffered => !noSponsorOffered || !candidate.NeedsSponsor);
    }

    private const string Occupation = "o\u001f";
    private const string Group = "i\u001f";
    private const string Skill = "s\u001f";

    private static IEnumerable<string> Keys(string prefix, IEnumerable<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => prefix + v);

    private void Add(IEnumerable<(Guid SubscriptionId, MatchRetrieval Retrieval)> alerts, Dictionary<string, List<int>> index)
    {
        foreach (var (id, retrieval) in alerts)
        {
            var entry = _entries.Count;
            _entries.Add((id, retrieval.SponsorshipRequired));
            var keys = Keys(Occupation, retrieval.OccupationUris).Concat(Keys(Group, retrieval.IscoGroups))
                .Concat(Keys(Skill, retrieval.SkillUris)).Distinct(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(entry);
            }
        }
    }

    private List<Guid> Find(Dictionary<string, List<int>> index, IEnumerable<string> keys, Func<bool, bool> passes)
    {
        var found = new HashSet<int>();
        foreach (var key in keys)
        {
            if (index.TryGetValue(key, out var list))
            {
                found.UnionWith(list);
            }
        }

        return [.. found.Order().Where(e => passes(_entries[e].Sponsorship)).Select(e => _entries[e].Id)];
    }
}
