using Lucene.Net.Index;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>Fields every index kind has: the id term writes replace by, and the version the state reports.</summary>
internal static class IndexFieldNames
{
    public const string Id = "id";

    public const string Version = "version";

    public static string IdText(Guid id) => id.ToString("D");

    public static Term IdTerm(Guid id) => new(Id, IdText(id));
}
