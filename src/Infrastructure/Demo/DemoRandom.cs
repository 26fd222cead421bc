namespace TalentMatch.Infrastructure.Demo;

/// <summary>
/// One seeded random source per generated item, so item <c>i</c> is the same whatever else is generated and
/// large sets can be streamed. Seeded System.Random is stable across runs of the same .NET version.
/// </summary>
public sealed class DemoRandom(int seed, int kind, int index)
{
    private readonly Random _random = new(unchecked((seed * 397) ^ (kind * 7919) ^ (index * 104_729)));

    public int Seed { get; } = unchecked((seed * 31) + (kind * 1_000_003) + index);

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public T PickWeighted<T>(IReadOnlyList<T> items, Func<T, int> weight)
    {
        var roll = _random.Next(items.Sum(weight));
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    /// <summary>Up to <paramref name="count"/> distinct items, in a random order.</summary>
    public IReadOnlyList<T> Sample<T>(IReadOnlyList<T> items, int count) =>
        [.. items.OrderBy(_ => _random.Next()).Take(count)];
}
