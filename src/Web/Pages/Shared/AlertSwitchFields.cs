namespace TalentMatch.Web.Pages.Shared;

/// <summary>The switch has one field (how often); any error of creating the alert is shown above it.</summary>
public static class AlertSwitchFields
{
    public static IReadOnlyDictionary<string, string> Map { get; } = new Dictionary<string, string>
    {
        ["kind"] = string.Empty, ["name"] = string.Empty, ["frequency"] = string.Empty, ["vacancyId"] = string.Empty,
        ["search"] = string.Empty, ["quietFrom"] = string.Empty, ["quietUntil"] = string.Empty,
    };
}
