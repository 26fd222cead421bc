using System.Globalization;
using System.Resources;

namespace TalentMatch.Application.GapResources.Shared;

/// <summary>Field names and messages of the gap-resource use cases in the current UI culture (GapResourceMessages*.resx).</summary>
public static class GapResourceMessages
{
    private static readonly ResourceManager Resources =
        new("TalentMatch.Application.GapResources.Shared.GapResourceMessages", typeof(GapResourceMessages).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
