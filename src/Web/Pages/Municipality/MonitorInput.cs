namespace TalentMatch.Web.Pages.Municipality;

/// <summary>The monitor's filters as the GET form sends them (?from=2026-01&amp;to=2026-12&amp;sector=healthcare; empty: all).</summary>
public sealed class MonitorInput
{
    public string? From { get; set; }

    public string? To { get; set; }

    public string? Sector { get; set; }
}
