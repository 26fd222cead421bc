using System.Globalization;
using System.Resources;

namespace TalentMatch.Application.Monitoring.Shared;

/// <summary>Messages of the monitor's use cases in the current UI culture (MonitorMessages*.resx).</summary>
public static class MonitorMessages
{
    private static readonly ResourceManager Resources =
        new("TalentMatch.Application.Monitoring.Shared.MonitorMessages", typeof(MonitorMessages).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
