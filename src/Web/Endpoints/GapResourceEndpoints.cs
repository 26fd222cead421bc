using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.GapResources.AddGapResource;
using TalentMatch.Application.GapResources.DeleteGapResource;
using TalentMatch.Application.GapResources.ListGapResources;
using TalentMatch.Application.GapResources.Shared;
using TalentMatch.Application.GapResources.UpdateGapResource;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Endpoints;

/// <summary>
/// Routes to close the obstacles a match explanation names (a Dutch course, diploma evaluation, a VCA exam...):
/// anyone reads them, the municipality keeps the list current.
/// </summary>
public static class GapResourceEndpoints
{
    public static RouteGroupBuilder MapGapResourceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/gap-resources").WithTags("Gap resources");
        group.MapGet("/", List).ProducesValidationProblem()
            .WithSummary("All routes by obstacle code (language:nl, certificate:*, general...); title and description in lang (en, nl; default: the request's language).");
        group.MapPost("/", Add).RequireAuthorization(Policies.Municipality).ProducesValidationProblem()
            .WithSummary("Add a route. obstacle: an exact code, a family wildcard (certificate:*) or general; url: absolute http(s). Municipality only.");
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Municipality).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Replace a route's fields. Municipality only.");
        group.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.Municipality)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Remove a route; a removed shipped route is not added again. Municipality only.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<GapResourceDto>>> List(string? lang, ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListGapResourcesQuery(lang), cancellationToken));

    private static async Task<Created<AddedGapResource>> Add(GapResourceFields fields, ISender sender,
        CancellationToken cancellationToken)
    {
        var added = await sender.Send(new AddGapResourceCommand(fields.Obstacle, fields.TitleEn, fields.TitleNl,
            fields.DescriptionEn, fields.DescriptionNl, fields.Url), cancellationToken);
        return TypedResults.Created($"/api/v1/gap-resources/{added.Id}", added);
    }

    private static async Task<NoContent> Update(Guid id, GapResourceFields fields, ISender sender,
        CancellationToken cancellationToken)
    {
        await sender.Send(new UpdateGapResourceCommand(id, fields.Obstacle, fields.TitleEn, fields.TitleNl,
            fields.DescriptionEn, fields.DescriptionNl, fields.Url), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Delete(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteGapResourceCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
