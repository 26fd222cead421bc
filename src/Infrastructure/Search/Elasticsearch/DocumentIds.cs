using System.Globalization;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>Document ids as Elasticsearch stores them (_id and the "id" keyword): lower-case "D" Guids.</summary>
public static class DocumentIds
{
    public static string Format(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>Reads an _id back; a hit whose id is not a Guid was not written by this adapter and is skipped.</summary>
    public static bool TryParse(string? id, out Guid value) => Guid.TryParseExact(id, "D", out value);
}
