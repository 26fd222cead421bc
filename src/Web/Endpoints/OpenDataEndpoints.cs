using System.Security.Cryptography;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Monitoring.GetOpenPlacements;
using TalentMatch.Web.Monitoring;

namespace TalentMatch.Web.Endpoints;

/// <summary>
/// Open data without login, CC0 1.0: the monitor's tables about people placed, with the same protection and figures.
/// Answers carry an ETag (a hash of the body: If-None-Match gives 304) and may be cached for an hour.
/// </summary>
public static class OpenDataEndpoints
{
    private const string CacheControl = "public, max-age=3600";

    public static IEndpointRouteBuilder MapOpenDataEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/open-data").WithTags("Open data").AllowAnonymous();
        group.MapGet("/placements", Placements).Produces<OpenDataJson>().Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .WithSummary("People placed through TalentMatch per sector and month, their housing need, housing arranged and "
                + "the median days from profile to placement. Licence CC0 1.0 (public domain). No login.")
            .WithDescription("from, to: months yyyy-MM (at most 24; default the last twelve whole months); sector. Suppressed cells are "
                + "{ value: null, suppressed: true }: fewer than 5 people, or hidden so that such a count cannot be worked out.");
        group.MapGet("/placements/{table}.csv", PlacementsCsv).Produces<byte[]>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One open-data table as CSV (\"< 5\" for a suppressed cell). Licence CC0 1.0.");
        return app;
    }

    private static async Task<IResult> Placements(string? from, string? to, string? sector, HttpContext context,
        ISender sender, MonitorLabels labels, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetOpenPlacementsQuery(from, to, sector), cancellationToken);
        var body = JsonSerializer.SerializeToUtf8Bytes(OpenDataJson.Of(report, labels), JsonSerializerOptions.Web);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = CacheControl;
        context.Response.Headers["X-Licence"] = OpenDataJson.LicenceLink;
        return context.Request.Headers.IfNoneMatch.Contains(etag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(body, "application/json; charset=utf-8");
    }

    private static async Task<FileContentHttpResult> PlacementsCsv(string table, string? from, string? to,
        string? sector, HttpContext context, ISender sender, MonitorLabels labels, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetOpenPlacementsQuery(from, to, sector), cancellationToken);
        var found = MonitorEndpoints.Find(report, table);
        context.Response.Headers.CacheControl = CacheControl;
        context.Response.Headers["X-Licence"] = OpenDataJson.LicenceLink;
        return TypedResults.File(MonitorCsv.Write(found, labels), MonitorCsv.ContentType, MonitorCsv.FileName(report, found));
    }
}
