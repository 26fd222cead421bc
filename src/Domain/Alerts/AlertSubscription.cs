using TalentMatch.Domain.Alerts.Rules;
using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Alerts;

/// <summary>
/// Someone's alert: a saved search or a "new matches" watch, how often to mail it, quiet hours, paused or not.
/// Each (subscription, item) pair is mailed at most once, ever (<see cref="AlertDelivery"/>).
/// </summary>
public sealed class AlertSubscription : Entity
{
    public const int NameMaxLength = 100;
    public const int MaxPerOwner = 20;
    public const int CultureMaxLength = 5;

    private AlertSubscription() => Name = Culture = string.Empty;

    public AlertSubscriptionId Id { get; private set; }

    public UserId OwnerId { get; private set; }

    public AlertKind Kind { get; private set; }

    public string Name { get; private set; }

    /// <summary>Only for <see cref="AlertKind.SavedSearch"/>.</summary>
    public SavedSearchCriteria? Criteria { get; private set; }

    /// <summary>Only for <see cref="AlertKind.MatchingCandidates"/>: the employer's vacancy.</summary>
    public Guid? VacancyId { get; private set; }

    public AlertFrequency Frequency { get; private set; }

    public QuietHours? QuietHours { get; private set; }

    public bool Paused { get; private set; }

    /// <summary>The language of the e-mails ("en" or "nl"), the owner's at creation.</summary>
    public string Culture { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Every change moves this forward; the alert percolator re-reads subscriptions changed since its last look.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the last digest went out (daily and weekly alerts).</summary>
    public DateTimeOffset? LastDigestAt { get; private set; }

    public static AlertSubscription Create(UserId owner, AlertKind kind, string name, SavedSearchCriteria? criteria,
        Guid? vacancyId, AlertFrequency frequency, QuietHours? quietHours, string culture, DateTimeOffset now)
    {
        if ((kind == AlertKind.SavedSearch) != (criteria is not null) || (kind == AlertKind.MatchingCandidates) != (vacancyId is not null))
        {
            throw new ArgumentException("A saved search has criteria, an employer's alert a vacancy, and nothing else.");
        }

        return new AlertSubscription
        {
            Id = AlertSubscriptionId.New(), OwnerId = owner, Kind = kind, Name = name.Trim(), Criteria = criteria,
            VacancyId = vacancyId, Frequency = frequency, QuietHours = quietHours, Culture = culture, CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>
    /// A new alert of someone who has <paramref name="ownersAlerts"/> already: at most <see cref="MaxPerOwner"/>, one
    /// profile alert, and one alert per vacancy (broken rules: <see cref="BusinessRuleException"/>, 409).
    /// </summary>
    public static AlertSubscription Add(IReadOnlyCollection<AlertSubscription> ownersAlerts, UserId owner, AlertKind kind,
        string name, SavedSearchCriteria? criteria, Guid? vacancyId, AlertFrequency frequency, QuietHours? quietHours,
        string culture, DateTimeOffset now)
    {
        CheckRule(new AlertsPerOwnerAreLimited(ownersAlerts.Count));
        CheckRule(new OneProfileAlertPerCandidate(kind == AlertKind.MatchingVacancies
            && ownersAlerts.Any(a => a.Kind == AlertKind.MatchingVacancies)));
        CheckRule(new OneAlertPerVacancy(kind == AlertKind.MatchingCandidates
            && ownersAlerts.Any(a => a.Kind == AlertKind.MatchingCandidates && a.VacancyId == vacancyId)));
        return Create(owner, kind, name, criteria, vacancyId, frequency, quietHours, culture, now);
    }

    public void Change(string name, AlertFrequency frequency, QuietHours? quietHours, bool paused, DateTimeOffset now)
    {
        Name = name.Trim();
        Frequency = frequency;
        QuietHours = quietHours;
        Paused = paused;
        Touch(now);
    }

    public void Pause(DateTimeOffset now)
    {
        Paused = true;
        Touch(now);
    }

    public void Resume(DateTimeOffset now)
    {
        Paused = false;
        Touch(now);
    }

    /// <summary>The mailer's bookkeeping, not a change of what is watched: <see cref="UpdatedAt"/> stays.</summary>
    public void DigestSent(DateTimeOffset at) => LastDigestAt = at;

    /// <summary>Strictly forward, even for two changes within one clock tick, so "changed since" never misses one.</summary>
    private void Touch(DateTimeOffset now) => UpdatedAt = now > UpdatedAt ? now : UpdatedAt.AddTicks(1);
}
