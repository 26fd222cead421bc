namespace TalentMatch.Search.Benchmarks.Data;

/// <summary>Deterministic, random-looking ids (like the app's), so every run indexes the same documents.</summary>
internal static class BenchIds
{
    public static Guid Next(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>One seeded source per generated item, so item <c>i</c> does not depend on the others.</summary>
    public static Random For(int kind, int index) => new(unchecked((BenchScale.Seed * 31) + (kind * 1_000_003) + index));
}
