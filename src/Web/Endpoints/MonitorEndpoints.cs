using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Monitoring.GetMonitor;
using TalentMatch.Application.Monitoring.Shared;
using TalentMatch.Web.Infrastructure;
using TalentMatch.Web.Monitoring;

namespace TalentMatch.Web.Endpoints;

/// <summary>
/// The municipality's monitor: protected aggregates only (no person's data), as JSON or one table as CSV.
/// Filters: from, to (months yyyy-MM, both included, at most 24; default the last twelve whole months) and sector.
/// </summary>
public static class MonitorEndpoints
{
    public const string Tag = "Monitoring";

    private const string Filters = "from, to: months yyyy-MM (both included, at most 24 months; default the last twelve whole months); "
        + "sector: education, healthcare, construction or energy_transition. A cell is { value, suppressed }: "
        + "suppressed cells (value null) are fewer than 5 people, or hidden so that such a count cannot be worked out "
        + "by subtracting from a total. Only candidates who consented to statistics are counted.";

    public static IEndpointRouteBuilder MapMonitorEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/monitoring").WithTags(Tag).RequireAuthorization(Policies.Monitoring);
        group.MapGet("/", All).ProducesValidationProblem()
            .WithSummary("Every monitor table: placements per sector and month, candidates by group and sector, the "
                + "funnel, days to placement, shortage pressure, obstacles and housing need. Municipality (and Admin).")
            .WithDescription(Filters);
        group.MapGet("/{table}", One).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One monitor table by id, e.g. placements-by-sector-month. Municipality (and Admin).").WithDescription(Filters);
        group.MapGet("/{table}.csv", Csv).Produces<byte[]>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One monitor table as CSV: labels in the request's language, \"< 5\" for a suppressed cell.")
            .WithDescription(Filters);
        return app;
    }

    private static async Task<Ok<MonitorReportJson>> All(string? from, string? to, string? sector, ISender sender,
        MonitorLabels labels, CancellationToken cancellationToken) =>
        TypedResults.Ok(MonitorReportJson.Of(await sender.Send(new GetMonitorQuery(from, to, sector), cancellationToken), labels));

    private static async Task<Ok<MonitorTableJson>> One(string table, string? from, string? to, string? sector,
        ISender sender, MonitorLabels labels, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetMonitorQuery(from, to, sector), cancellationToken);
        return TypedResults.Ok(MonitorTableJson.Of(Find(report, table), labels));
    }

    private static async Task<FileContentHttpResult> Csv(string table, string? from, string? to, string? sector,
        ISender sender, MonitorLabels labels, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetMonitorQuery(from, to, sector), cancellationToken);
        var found = Find(report, table);
        return TypedResults.File(MonitorCsv.Write(found, labels), MonitorCsv.ContentType, MonitorCsv.FileName(report, found));
    }

    internal static MonitorTable Find(MonitorReport report, string table) =>
        report.Find(table) ?? throw new NotFoundException("Monitor table", table);
}
