using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Applications.AddApplicationNote;
using TalentMatch.Application.Applications.DownloadApplicationCv;
using TalentMatch.Application.Applications.GetApplication;
using TalentMatch.Application.Applications.HireCandidate;
using TalentMatch.Application.Applications.InviteCandidate;
using TalentMatch.Application.Applications.ListOrganisationApplications;
using TalentMatch.Application.Applications.ListVacancyApplications;
using TalentMatch.Application.Applications.MoveApplicationStage;
using TalentMatch.Application.Applications.SendApplicationMessage;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Models;
using TalentMatch.Domain.Applications;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Endpoints;

/// <summary>The organisation's side: its vacancies' applications, invitations, stages, hiring, messages and notes.</summary>
public static class EmployerApplicationEndpoints
{
    public static void MapEmployerApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        var vacancies = app.MapGroup("/api/v1/vacancies/{id:guid}").WithTags(ApplicationEndpoints.Tag)
            .RequireAuthorization(Policies.Employer);
        vacancies.MapGet("/applications", ListForVacancy).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The applications and invitations of one of our vacancies, last changed first (page, pageSize).");
        vacancies.MapPost("/invitations", Invite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Invite a visible candidate who matches the vacancy: { candidateId, message } → 201 { id }.")
            .WithDescription("The candidate stays anonymous until they accept. A hidden candidate's id is 404.");
        var applications = app.MapGroup("/api/v1/applications").WithTags(ApplicationEndpoints.Tag)
            .RequireAuthorization(Policies.Employer);
        applications.MapGet("/", ListOurs).ProducesValidationProblem()
            .WithSummary("The open applications to all our vacancies (includeEnded=true for all), last changed first.");
        applications.MapGet("/{id:guid}", Get).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An application to one of our vacancies: card, contact once shared, stages, messages, notes.");
        applications.MapGet("/{id:guid}/cv", DownloadCv).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The CV copy the candidate sent.");
        applications.MapPost("/{id:guid}/stage", Move).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Move to Screening, Interview, Offer or NotSelected: { stage }. Forward only; steps may be skipped.");
        applications.MapPost("/{id:guid}/hire", Hire).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Hire a candidate who has an offer, with the terms; records the placement → 201 { id } (placement).");
        applications.MapPost("/{id:guid}/messages", Message).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Send the candidate a message (plain text, at most 2,000 characters) → 201 { id }.");
        applications.MapPost("/{id:guid}/notes", Note).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Add an internal note; the candidate never sees notes → 201 { id }.");
    }

    private static async Task<Ok<PagedResult<ApplicationSummaryDto>>> ListForVacancy(Guid id, int? page, int? pageSize,
        ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListVacancyApplicationsQuery(id, page, pageSize), cancellationToken));

    private static async Task<Ok<PagedResult<ApplicationSummaryDto>>> ListOurs(bool? includeEnded, int? page,
        int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListOrganisationApplicationsQuery(includeEnded ?? false, page, pageSize),
            cancellationToken));

    private static async Task<Created<CreatedId>> Invite(Guid id, InviteRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        var created = await sender.Send(new InviteCandidateCommand(id, request.CandidateId, request.Message), cancellationToken);
        return TypedResults.Created($"/api/v1/applications/{created}", new CreatedId(created));
    }

    private static async Task<Ok<ApplicationDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetApplicationQuery(id), cancellationToken));

    private static async Task<FileStreamHttpResult> DownloadCv(Guid id, HttpContext context, ISender sender,
        CancellationToken cancellationToken) =>
        CvUpload.AsDownload(await sender.Send(new DownloadApplicationCvQuery(id, ApplicationSide.Employer),
            cancellationToken), context.Response);

    private static async Task<NoContent> Move(Guid id, StageRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        await sender.Send(new MoveApplicationStageCommand(id, request.Stage), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CreatedId>> Hire(Guid id, PlacementTermsRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        var placement = await sender.Send(new HireCandidateCommand(id, request.StartDate, request.HoursPerWeek,
            request.ContractType, request.SponsorNeeded, request.HousingArranged), cancellationToken);
        return TypedResults.Created($"/api/v1/placements/{placement}", new CreatedId(placement));
    }

    private static async Task<Created<CreatedId>> Message(Guid id, TextRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        var message = await sender.Send(new SendApplicationMessageCommand(id, ApplicationSide.Employer, request.Text),
            cancellationToken);
        return TypedResults.Created($"/api/v1/applications/{id}", new CreatedId(message));
    }

    private static async Task<Created<CreatedId>> Note(Guid id, TextRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        var note = await sender.Send(new AddApplicationNoteCommand(id, request.Text), cancellationToken);
        return TypedResults.Created($"/api/v1/applications/{id}", new CreatedId(note));
    }
}
