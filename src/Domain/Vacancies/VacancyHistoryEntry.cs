using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Vacancies;

/// <summary>One change to a vacancy: who, when, the state before and after, and for edits the fields changed.</summary>
public sealed class VacancyHistoryEntry
{
    public const int ChangesMaxLength = 500;

    private VacancyHistoryEntry() => Changes = string.Empty;

    public DateTimeOffset At { get; private set; }

    public UserId By { get; private set; }

    public VacancyAction Action { get; private set; }

    /// <summary>Null for the entry that created the vacancy.</summary>
    public VacancyStatus? From { get; private set; }

    public VacancyStatus To { get; private set; }

    /// <summary>For edits: the names of the changed fields, comma separated.</summary>
    public string Changes { get; private set; }

    internal static VacancyHistoryEntry Of(VacancyAction action, VacancyStatus? from, VacancyStatus to, UserId by,
        DateTimeOffset at, IEnumerable<string>? changes = null)
    {
        var text = string.Join(',', changes ?? []);
        return new VacancyHistoryEntry
        {
            At = at, By = by, Action = action, From = from, To = to,
            Changes = text.Length > ChangesMaxLength ? text[..ChangesMaxLength] : text,
        };
    }
}
