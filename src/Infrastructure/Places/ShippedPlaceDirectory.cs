using System.Globalization;
using System.Text;
using TalentMatch.Application.Places;
using TalentMatch.Domain.Places;

namespace TalentMatch.Infrastructure.Places;

/// <summary>Places from Data/nl-places.tsv (GeoNames, CC BY 4.0), loaded once.</summary>
public sealed class ShippedPlaceDirectory : IPlaceDirectory
{
    /// <summary>Dutch names GeoNames gives in English, and other common spellings.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["den haag"] = "the hague",
        ["s-gravenhage"] = "the hague",
        ["s gravenhage"] = "the hague",
        ["den bosch"] = "s-hertogenbosch",
        // Municipalities whose main place GeoNames lists under a longer name.
        ["katwijk"] = "katwijk aan zee",
        ["noordwijk"] = "noordwijk-binnen",
        ["zoeterwoude"] = "zoeterwoude-dorp",
        ["s hertogenbosch"] = "s-hertogenbosch",
    };

    private readonly Lazy<IReadOnlyList<(string Key, Place Place)>> _places = new(Load);

    public Place? Find(string name)
    {
        var key = Normalise(name);
        key = Aliases.GetValueOrDefault(key, key);
        return _places.Value.FirstOrDefault(p => p.Key == key).Place;
    }

    public IReadOnlyList<Place> Search(string prefix, int limit)
    {
        var key = Normalise(prefix);
        return key.Length == 0
            ? []
            : [.. _places.Value.Where(p => p.Key.StartsWith(key, StringComparison.Ordinal))
                .OrderBy(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => p.Place).Take(limit)];
    }

    /// <summary>Lower case, no diacritics, no leading apostrophe ("'s-Hertogenbosch" → "s-hertogenbosch").</summary>
    internal static string Normalise(string value)
    {
        var decomposed = value.Trim().TrimStart('\'', '’').ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static IReadOnlyList<(string, Place)> Load()
    {
        using var stream = typeof(ShippedPlaceDirectory).Assembly
            .GetManifestResourceStream("TalentMatch.Infrastructure.Places.nl-places.tsv")
            ?? throw new InvalidOperationException("The places table is not embedded.");
        using var reader = new StreamReader(stream);
        var places = new List<(string, Place)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            var point = new GeoPoint(double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture));
            places.Add((Normalise(f[0]), new Place(f[0], f[1], point)));
        }

        return places;
    }
}
