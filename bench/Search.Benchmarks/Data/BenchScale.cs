using System.Globalization;

namespace TalentMatch.Search.Benchmarks.Data;

/// <summary>
/// The sizes the product names for its benchmark (100,000 vacancies, 200,000 visible candidates), the seed and the
/// fixed "today". Environment variables shrink the sets for a quick check of the harness; the README's figures use
/// the defaults.
/// </summary>
internal static class BenchScale
{
    public const int Seed = 20261125;

    /// <summary>Documents per AddAsync, as the app's rebuilder sends them.</summary>
    public const int BatchSize = 500;

    public static DateOnly Today { get; } = new(2026, 11, 25);

    public static DateTimeOffset Now { get; } = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static int Vacancies { get; } = FromEnvironment("TALENTMATCH_BENCH_VACANCIES", 100_000);

    public static int Candidates { get; } = FromEnvironment("TALENTMATCH_BENCH_CANDIDATES", 200_000);

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value > 0 ? value : fallback;
}
