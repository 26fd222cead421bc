using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Monitoring.GetMonitor;
using TalentMatch.Application.Monitoring.Shared;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Municipality;

/// <summary>
/// The monitor: every table with a chart beside it, filtered by period (months) and sector with a GET form, and a
/// CSV link per table (the API's CSV, with the same filters). Only protected aggregates reach this page.
/// </summary>
public sealed class MonitorModel(ISender sender) : PageModel
{
    private static readonly Dictionary<string, string> Fields = new() { ["from"] = "From", ["to"] = "To", ["sector"] = "Sector" };

    [BindProperty(SupportsGet = true, Name = "")]
    public MonitorInput Input { get; set; } = new();

    public MonitorReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sent = await sender.TrySendQueryAsync(new GetMonitorQuery(Blank(Input.From), Blank(Input.To), Blank(Input.Sector)),
            ModelState, cancellationToken, Fields);
        Report = sent?.Value;
    }

    /// <summary>The query string of the current filters, for the CSV links.</summary>
    public string Filters() => Report is null ? string.Empty
        : QueryString.Create(new Dictionary<string, string?> { ["from"] = Report.From, ["to"] = Report.To, ["sector"] = Report.Sector }
            .Where(p => p.Value is not null)).ToUriComponent();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
