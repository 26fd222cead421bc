namespace TalentMatch.Application.Search;

/// <summary>A document's version: the moment its source last changed, in Unix milliseconds (exact in a double).</summary>
public static class Versions
{
    public static long Of(DateTimeOffset updatedAt) => updatedAt.ToUnixTimeMilliseconds();
}
