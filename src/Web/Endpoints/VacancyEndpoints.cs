using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Vacancies.CloseVacancy;
using TalentMatch.Application.Vacancies.CreateVacancy;
using TalentMatch.Application.Vacancies.FillVacancy;
using TalentMatch.Application.Vacancies.GetVacancy;
using TalentMatch.Application.Vacancies.ListMyVacancies;
using TalentMatch.Application.Vacancies.SearchVacancies;
using TalentMatch.Application.Vacancies.PublishVacancy;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Application.Vacancies.UpdateVacancy;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Endpoints;

/// <summary>
/// Vacancies. Anyone reads published ones; members of the employer (owner or recruiter) create, change and move
/// their own through draft → published → closed / filled. Another employer's vacancy answers 404, never 403.
/// </summary>
public static class VacancyEndpoints
{
    public static RouteGroupBuilder MapVacancyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/vacancies").WithTags("Vacancies");
        group.MapGet("/", Search).ProducesValidationProblem()
            .WithSummary("Search open vacancies: { total, page, pageSize, items, facets, help }.")
            .WithDescription("q: free text in en, nl, pl, fr or es (job titles are matched to ESCO occupations in all five). "
                + "Filters: sector (education, healthcare, construction, energy_transition), occupation (ESCO URI), "
                + "occupationGroup (ISCO-08, 3 digits), near (Dutch place) + radiusKm, hoursMin, hoursMax, contract "
                + "(Permanent, FixedTerm, TemporaryAgency, Internship, Apprenticeship), language (e.g. nl:B1), salaryMin, "
                + "sponsorsVisa, housing, postedSince (yyyy-MM-dd). Lists may repeat or be comma-separated. sort: relevance "
                + "(default), date, distance (needs near), salary. page from 1, pageSize 1-100 (default 20). Facet counts "
                + "(sector, occupationGroup, contract, language, sponsorship) ignore their own filter. help is set when "
                + "nothing was found: didYouMean, widerRadius, relatedOccupations.");
        group.MapGet("/{id:guid}", Get).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A published vacancy; drafts, closed and filled ones only for the employer's members (404 for others).");
        group.MapPost("/", Create).RequireAuthorization(Policies.Employer).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Start a vacancy as a draft (only a title is needed). Choices are names, see the schema.");
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Employer).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Replace a vacancy's fields. Once published only the description, title, dates, salary (up) and support (added) change.");
        group.MapPost("/{id:guid}/publish", Publish).RequireAuthorization(Policies.Employer)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Publish a complete draft whose closing date has not passed (409 with a rule code otherwise).");
        group.MapPost("/{id:guid}/close", Close).RequireAuthorization(Policies.Employer)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Close a published vacancy. Final.");
        group.MapPost("/{id:guid}/fill", Fill).RequireAuthorization(Policies.Employer)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Mark a published vacancy as filled. Final.");
        app.MapGroup("/api/v1/me").WithTags("Me").MapGet("/vacancies", ListMine).RequireAuthorization(Policies.Employer)
            .ProducesValidationProblem()
            .WithSummary("The vacancies of the signed-in member's organisation, every state, last changed first.");
        return group;
    }

    private static async Task<Ok<VacancySearchResultDto>> Search([AsParameters] VacancySearchParameters parameters,
        IStringLocalizer<SharedResource> texts, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(parameters.ToQuery(texts), cancellationToken));

    private static async Task<Ok<PagedResult<VacancySummaryDto>>> ListMine(int? page, int? pageSize, ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyVacanciesQuery(page, pageSize), cancellationToken));

    private static async Task<Ok<VacancyDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetVacancyQuery(id), cancellationToken));

    private static async Task<Created<CreatedVacancy>> Create(VacancyFields fields, ISender sender,
        CancellationToken cancellationToken)
    {
        var id = await sender.Send(new CreateVacancyCommand(fields), cancellationToken);
        return TypedResults.Created($"/api/v1/vacancies/{id}", new CreatedVacancy(id));
    }

    private static async Task<NoContent> Update(Guid id, VacancyFields fields, ISender sender,
        CancellationToken cancellationToken)
    {
        await sender.Send(new UpdateVacancyCommand(id, fields), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Publish(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new PublishVacancyCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Close(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new CloseVacancyCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Fill(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new FillVacancyCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
