using Mediator;
using TalentMatch.Application.Alerts.Shared;
using TalentMatch.Application.Vacancies.SearchVacancies;

namespace TalentMatch.Application.Alerts.CreateAlert;

/// <summary>
/// Switches on an alert. <paramref name="Kind"/>: <c>SavedSearch</c> (a candidate; <paramref name="Search"/> has the
/// query values of <c>GET /api/v1/vacancies</c>), <c>MatchingVacancies</c> (a candidate's "new vacancies that match my
/// profile") or <c>MatchingCandidates</c> (an employer member; <paramref name="VacancyId"/> a published vacancy of their
/// organisation). <paramref name="Frequency"/> <c>Instant</c> (default), <c>Daily</c> or <c>Weekly</c>; quiet hours as
/// local "hh:mm", both or neither. Without a name the alert is named after what it watches. The e-mails are in the
/// current UI language.
/// </summary>
public sealed record CreateAlertCommand(
    string? Kind,
    string? Name = null,
    SearchVacanciesQuery? Search = null,
    Guid? VacancyId = null,
    string? Frequency = null,
    string? QuietFrom = null,
    string? QuietUntil = null) : ICommand<AlertDto>;
