namespace TalentMatch.Web;

/// <summary>
/// Marker for the monitor's texts, shared by its page, JSON labels and CSV: table titles and descriptions, row and
/// column names (Resources/MonitorTexts.resx in English, MonitorTexts.nl.resx).
/// </summary>
public sealed class MonitorTexts;
