using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TalentMatch.Application.Candidates.SearchCandidates;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Matching.GetMyMatches;
using TalentMatch.Application.Matching.GetVacancyMatches;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Endpoints;

/// <summary>
/// Matching both ways, and employers' search among visible candidates. Every match carries a score (0–100) and an
/// explanation: what is met, partly met and missing, with routes to close each gap.
/// </summary>
public static class MatchEndpoints
{
    public static IEndpointRouteBuilder MapMatchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/me/matches", MyMatches).WithTags("Matching").RequireAuthorization(Policies.Candidate)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The signed-in candidate's best-matching open vacancies: { items: [{ vacancy, score, explanation }] }.")
            .WithDescription("limit 1-50 (default 10). A vacancy that cannot sponsor never matches someone who needs a sponsor.");
        app.MapGet("/api/v1/vacancies/{id:guid}/matches", VacancyMatches).WithTags("Matching")
            .RequireAuthorization(Policies.Employer).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("For the vacancy's employer: the visible candidates who match best: { items: [{ candidate, score, explanation }] }.")
            .WithDescription("Candidates are anonymous (no name or contact). Another employer's vacancy answers 404.");
        app.MapGet("/api/v1/candidates", SearchCandidates).WithTags("Matching").RequireAuthorization(Policies.Employer)
            .ProducesValidationProblem()
            .WithSummary("Search visible candidates: q, sector, occupation, skill, language (nl:B1), near + radiusKm, page, pageSize.")
            .WithDescription("Anonymous cards: { total, page, pageSize, items }. Filters may repeat or be comma-separated.");
        return app;
    }

    private static async Task<Ok<MatchListDto<VacancyMatchDto>>> MyMatches(string? limit,
        IStringLocalizer<SharedResource> texts, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyMatchesQuery(Limit(limit, texts)), cancellationToken));

    private static async Task<Ok<MatchListDto<CandidateMatchDto>>> VacancyMatches(Guid id, string? limit,
        IStringLocalizer<SharedResource> texts, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetVacancyMatchesQuery(id, Limit(limit, texts)), cancellationToken));

    private static async Task<Ok<PagedResult<CandidateCardDto>>> SearchCandidates(string? q, string[]? sector,
        string[]? occupation, string[]? skill, string[]? language, string? near, string? radiusKm, string? page,
        string? pageSize, IStringLocalizer<SharedResource> texts, ISender sender, CancellationToken cancellationToken)
    {
        // Numbers arrive as text so that "page=abc" is a field error like any other, not a bare 400.
        var errors = new List<ValidationFailure>();
        var query = new SearchCandidatesQuery(q, VacancySearchParameters.Split(sector),
            VacancySearchParameters.Split(occupation), VacancySearchParameters.Split(skill),
            VacancySearchParameters.Split(language), near, VacancySearchParameters.Number(radiusKm, "radiusKm", errors, texts),
            VacancySearchParameters.Whole(page, "page", errors, texts),
            VacancySearchParameters.Whole(pageSize, "pageSize", errors, texts));
        VacancySearchParameters.ThrowIfAny(errors);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    private static int? Limit(string? limit, IStringLocalizer texts)
    {
        var errors = new List<ValidationFailure>();
        var value = VacancySearchParameters.Whole(limit, "limit", errors, texts);
        VacancySearchParameters.ThrowIfAny(errors);
        return value;
    }
}
