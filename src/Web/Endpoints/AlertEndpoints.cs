using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Alerts.ChangeAlert;
using TalentMatch.Application.Alerts.CreateAlert;
using TalentMatch.Application.Alerts.DeleteAlert;
using TalentMatch.Application.Alerts.GetMyAlert;
using TalentMatch.Application.Alerts.ListMyAlerts;
using TalentMatch.Application.Alerts.Shared;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Endpoints;

/// <summary>
/// The signed-in person's alerts: candidates save vacancy searches and watch "vacancies that match my profile";
/// employer members watch "candidates that match this vacancy". Someone else's alert answers 404.
/// </summary>
public static class AlertEndpoints
{
    public static RouteGroupBuilder MapAlertEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/me/alerts").WithTags("Alerts")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Candidate, Roles.Employer));
        group.MapGet("/", List).WithSummary("The signed-in person's alerts, oldest first.");
        group.MapPost("/", Create).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Switch on an alert: a saved vacancy search, new vacancies for my profile, or new candidates for a vacancy.")
            .WithDescription("kind: SavedSearch (candidates; search: the query values of GET /api/v1/vacancies — q, sector, "
                + "occupation, occupationGroup, near, radiusKm, hoursMin, hoursMax, contract, language, salaryMin, sponsorsVisa, "
                + "housing; sort, page, pageSize and postedSince are accepted but do not apply to new vacancies), "
                + "MatchingVacancies (candidates; one each) or MatchingCandidates (employer members; vacancyId: a published "
                + "vacancy of their organisation, one alert per vacancy; another organisation's vacancy is 404). frequency: "
                + "Instant (default), Daily or Weekly (digests at 08:00 Dutch time, weekly on Monday). quietFrom/quietUntil: "
                + "local hh:mm, both or neither (e.g. 22:00-07:00). name: optional, made from the search otherwise. At most 20 "
                + "alerts a person (409). E-mails are in the request's language (en or nl).");
        group.MapGet("/{id:guid}", Get).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("One of my alerts.");
        group.MapPut("/{id:guid}", Change).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Change an alert's name, frequency, quiet hours and paused; what it watches stays.");
        group.MapDelete("/{id:guid}", Delete).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Delete an alert; nothing more is mailed for it.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<AlertDto>>> List(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyAlertsQuery(), cancellationToken));

    private static async Task<Created<AlertDto>> Create(CreateAlertCommand command, ISender sender,
        CancellationToken cancellationToken)
    {
        var alert = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/me/alerts/{alert.Id}", alert);
    }

    private static async Task<Ok<AlertDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyAlertQuery(id), cancellationToken));

    private static async Task<Ok<AlertDto>> Change(Guid id, ChangeAlertFields fields, ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ChangeAlertCommand(id, fields.Name, fields.Frequency, fields.QuietFrom,
            fields.QuietUntil, fields.Paused), cancellationToken));

    private static async Task<NoContent> Delete(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteAlertCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
