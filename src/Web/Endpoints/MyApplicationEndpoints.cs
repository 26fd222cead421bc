using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Applications.AcceptJobInvitation;
using TalentMatch.Application.Applications.ApplyToVacancy;
using TalentMatch.Application.Applications.ChooseRetention;
using TalentMatch.Application.Applications.DeclineJobInvitation;
using TalentMatch.Application.Applications.DownloadApplicationCv;
using TalentMatch.Application.Applications.GetMyApplication;
using TalentMatch.Application.Applications.ListMyApplications;
using TalentMatch.Application.Applications.SendApplicationMessage;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Applications.WithdrawApplication;
using TalentMatch.Application.Common.Models;
using TalentMatch.Domain.Applications;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Endpoints;

/// <summary>The candidate's side: apply, follow, answer invitations, write, withdraw, choose how long data is kept.</summary>
public static class MyApplicationEndpoints
{
    public static void MapMyApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/vacancies/{id:guid}/applications", Apply).WithTags(ApplicationEndpoints.Tag)
            .RequireAuthorization(Policies.Candidate).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Apply to a published vacancy: { motivation, includeCv, keepForAYear } → 201 { id }.")
            .WithDescription("includeCv sends a copy of the profile's CV as it is now. One open application per vacancy (409).");
        var me = app.MapGroup("/api/v1/me/applications").WithTags(ApplicationEndpoints.Tag)
            .RequireAuthorization(Policies.Candidate);
        me.MapGet("/", List).ProducesValidationProblem()
            .WithSummary("The signed-in candidate's applications and invitations, last changed first (page, pageSize).");
        me.MapGet("/{id:guid}", Get).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One of my applications: stages in humane words, messages, what I sent. Another candidate's id is 404.");
        me.MapGet("/{id:guid}/cv", DownloadCv).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The CV copy sent with the application.");
        me.MapPost("/{id:guid}/messages", Message).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Send the employer a message (plain text, at most 2,000 characters) → 201 { id }.");
        me.MapPost("/{id:guid}/withdraw", Withdraw).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Withdraw the application (final).");
        me.MapPost("/{id:guid}/accept", Accept).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Accept an invitation: the application starts and the employer sees my name and e-mail address.");
        me.MapPost("/{id:guid}/decline", Decline).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Decline an invitation (final); I stay anonymous.");
        me.MapPut("/{id:guid}/retention", Retention).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Keep the data a year after the vacancy closes (true), or delete it four weeks after (false).");
    }

    private static async Task<Created<CreatedId>> Apply(Guid id, ApplyRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        var created = await sender.Send(new ApplyToVacancyCommand(id, request.Motivation, request.IncludeCv,
            request.KeepForAYear), cancellationToken);
        return TypedResults.Created($"/api/v1/me/applications/{created}", new CreatedId(created));
    }

    private static async Task<Ok<PagedResult<MyApplicationSummaryDto>>> List(int? page, int? pageSize, ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyApplicationsQuery(page, pageSize), cancellationToken));

    private static async Task<Ok<MyApplicationDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyApplicationQuery(id), cancellationToken));

    private static async Task<FileStreamHttpResult> DownloadCv(Guid id, HttpContext context, ISender sender,
        CancellationToken cancellationToken) =>
        CvUpload.AsDownload(await sender.Send(new DownloadApplicationCvQuery(id, ApplicationSide.Candidate),
            cancellationToken), context.Response);

    private static async Task<Created<CreatedId>> Message(Guid id, TextRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        var message = await sender.Send(new SendApplicationMessageCommand(id, ApplicationSide.Candidate, request.Text),
            cancellationToken);
        return TypedResults.Created($"/api/v1/me/applications/{id}", new CreatedId(message));
    }

    private static async Task<NoContent> Withdraw(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new WithdrawApplicationCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Accept(Guid id, AcceptInvitationRequest? request, ISender sender,
        CancellationToken cancellationToken)
    {
        await sender.Send(new AcceptJobInvitationCommand(id, request?.IncludeCv ?? false, request?.KeepForAYear ?? false),
            cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Decline(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeclineJobInvitationCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Retention(Guid id, RetentionRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        await sender.Send(new ChooseRetentionCommand(id, request.KeepForAYear), cancellationToken);
        return TypedResults.NoContent();
    }
}
