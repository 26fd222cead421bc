namespace TalentMatch.Tools.Taxonomy;

/// <summary>The product files store the last URI segment; the app adds the ESCO prefix of the kind back.</summary>
internal static class EscoIds
{
    public static string FromUri(string uri)
    {
        var trimmed = uri.Trim();
        var slash = trimmed.LastIndexOf('/');
        if (slash < 0 || slash == trimmed.Length - 1 || !trimmed.StartsWith("http://data.europa.eu/esco/", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Not an ESCO concept URI: '{uri}'.");
        }

        return trimmed[(slash + 1)..];
    }
}
