using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Placements.ConfirmPlacement;
using TalentMatch.Application.Placements.GetPlacement;
using TalentMatch.Application.Placements.ListMyPlacements;
using TalentMatch.Application.Placements.ListVacancyPlacements;
using TalentMatch.Application.Placements.RejectPlacement;
using TalentMatch.Application.Placements.ReportPlacement;
using TalentMatch.Application.Placements.Shared;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Endpoints;

/// <summary>
/// Placements: a candidate reports a job found through a match without applying here; the vacancy's organisation
/// confirms or rejects it. Hires are recorded by <c>POST /api/v1/applications/{id}/hire</c>.
/// </summary>
public static class PlacementEndpoints
{
    public static void MapPlacementEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/me/placements").WithTags(ApplicationEndpoints.Tag)
            .RequireAuthorization(Policies.Candidate);
        me.MapGet("/", ListMine).WithSummary("My placements: hires and reported jobs, with the employer's answer.");
        me.MapPost("/", Report).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("\"I found this job through TalentMatch\": { vacancyId, startDate } → 201 { id }.")
            .WithDescription("For a vacancy I match and did not apply to here. The employer sees my name to confirm it.");
        app.MapGet("/api/v1/vacancies/{id:guid}/placements", ListForVacancy).WithTags(ApplicationEndpoints.Tag)
            .RequireAuthorization(Policies.Employer).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The placements of one of our vacancies; reports awaiting confirmation first.");
        var ours = app.MapGroup("/api/v1/placements").WithTags(ApplicationEndpoints.Tag)
            .RequireAuthorization(Policies.Employer);
        ours.MapGet("/{id:guid}", Get).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A placement in one of our vacancies.");
        ours.MapPost("/{id:guid}/confirm", Confirm).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Confirm a reported placement with its terms: { startDate, hoursPerWeek, contractType, sponsorNeeded, housingArranged }.");
        ours.MapPost("/{id:guid}/reject", Reject).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Reject a reported placement: it is not counted.");
    }

    private static async Task<Ok<IReadOnlyList<MyPlacementDto>>> ListMine(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyPlacementsQuery(), cancellationToken));

    private static async Task<Created<CreatedId>> Report(ReportPlacementRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        var id = await sender.Send(new ReportPlacementCommand(request.VacancyId, request.StartDate), cancellationToken);
        return TypedResults.Created("/api/v1/me/placements", new CreatedId(id));
    }

    private static async Task<Ok<IReadOnlyList<PlacementDto>>> ListForVacancy(Guid id, ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListVacancyPlacementsQuery(id), cancellationToken));

    private static async Task<Ok<PlacementDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPlacementQuery(id), cancellationToken));

    private static async Task<NoContent> Confirm(Guid id, PlacementTermsRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        await sender.Send(new ConfirmPlacementCommand(id, request.StartDate, request.HoursPerWeek, request.ContractType,
            request.SponsorNeeded, request.HousingArranged), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Reject(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RejectPlacementCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
