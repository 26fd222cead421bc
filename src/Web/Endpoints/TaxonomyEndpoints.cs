using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Application.Taxonomy.SearchOccupations;
using TalentMatch.Application.Taxonomy.SearchSkills;

namespace TalentMatch.Web.Endpoints;

/// <summary>
/// Look-ups in the ESCO taxonomy for autocomplete fields: public, read-only. Results are best first; a bad q, lang or
/// limit is a 400 ValidationProblem. Show "This service uses the ESCO classification of the European Commission."
/// where these labels appear.
/// </summary>
public static class TaxonomyEndpoints
{
    public static RouteGroupBuilder MapTaxonomyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/taxonomy").WithTags("Taxonomy");
        group.MapGet("/occupations", SearchOccupations)
            .WithSummary("ESCO occupations matching q in any of en, nl, pl, fr, es; labels in lang (default en).")
            .ProducesValidationProblem();
        group.MapGet("/skills", SearchSkills)
            .WithSummary("ESCO skills matching q (labels in en, fr, es); labels in lang, English where missing.")
            .ProducesValidationProblem();
        return group;
    }

    private static async Task<Ok<IReadOnlyList<TaxonomyEntryDto>>> SearchOccupations(string? q, string? lang, int? limit,
        ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SearchOccupationsQuery(q, lang, limit), cancellationToken));

    private static async Task<Ok<IReadOnlyList<TaxonomyEntryDto>>> SearchSkills(string? q, string? lang, int? limit,
        ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SearchSkillsQuery(q, lang, limit), cancellationToken));
}
