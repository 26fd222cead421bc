using System.Globalization;
using System.Resources;

namespace TalentMatch.Application.Alerts.Shared;

/// <summary>Field names and messages of the alert use cases in the current UI culture (AlertMessages*.resx).</summary>
public static class AlertMessages
{
    private static readonly ResourceManager Resources =
        new("TalentMatch.Application.Alerts.Shared.AlertMessages", typeof(AlertMessages).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
