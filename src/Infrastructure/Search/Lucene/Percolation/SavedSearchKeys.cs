using System.Globalization;
using Lucene.Net.Analysis;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Places;
using F = TalentMatch.Infrastructure.Search.Lucene.VacancyFieldNames;

namespace TalentMatch.Infrastructure.Search.Lucene.Percolation;

/// <summary>
/// The necessary conditions of a saved search, as keys a vacancy must hold: per constrained family (text, occupation
/// filter, each facet filter, place) at least one key of the family. A vacancy the search finds always holds one key
/// of every family the search constrains, so checking only the searches whose families are all hit misses nothing;
/// the search itself then decides (<see cref="LuceneSavedSearchPercolator"/>).
/// </summary>
internal static class SavedSearchKeys
{
    public const int Text = 1;
    public const int Occupation = 2;
    public const int Sector = 4;
    public const int Group = 8;
    public const int Contract = 16;
    public const int Language = 32;
    public const int Sponsorship = 64;
    public const int Place = 128;

    /// <summary>Grid cells of a quarter degree; a radius needing more cells than this is not prefiltered by place.</summary>
    public const double CellDegrees = 0.25;
    public const int MaxCells = 4096;

    private const char Separator = '\u001f';

    public static (int Families, List<string> Keys, SavedSearchText Text) Of(VacancySearchRequest request, Analyzer analyzer)
    {
        var families = 0;
        var keys = new List<string>();
        void Family(int family, IEnumerable<string> values)
        {
            families |= family;
            keys.AddRange(values);
        }

        // As VacancyQueries builds it: the required words (enough of them, each in some field) or an occupation the
        // text names; optional words never match on their own; no words and no expansion: every vacancy.
        var words = request.Words;
        var wordKeys = words.Required
            .Select(w => VacancyQueries.TextFields
                .SelectMany(f => TextAnalysis.Terms(analyzer, f.Name, w).Select(t => Term(f.Name, t)))
                .Distinct(StringComparer.Ordinal).ToArray())
            .ToArray();
        var expanded = string.IsNullOrWhiteSpace(request.Text)
            ? []
            : request.ExpandedOccupationUris.Where(u => !string.IsNullOrWhiteSpace(u)).Distinct(StringComparer.Ordinal)
                .Select(u => Term(F.OccupationUri, u)).ToArray();
        var text = new SavedSearchText(wordKeys, words.MinimumRequired, expanded);
        if (text.Constrains)
        {
            Family(Text, wordKeys.SelectMany(k => k).Concat(expanded));
        }

        var occupations = request.OccupationUris.Where(u => !string.IsNullOrWhiteSpace(u)).ToList();
        if (occupations.Count > 0)
        {
            Family(Occupation, occupations.Select(u => Value("o", u)));
        }

        if (request.Sectors.Count > 0)
        {
            Family(Sector, request.Sectors.Select(v => Value("s", v)));
        }

        if (request.OccupationGroups.Count > 0)
        {
            Family(Group, request.OccupationGroups.Select(v => Value("g", v)));
        }

        if (request.ContractTypes.Count > 0)
        {
            Family(Contract, request.ContractTypes.Select(v => Value("c", v)));
        }

        if (request.Languages.Count > 0)
        {
            Family(Language, request.Languages.Select(v => Value("l", v)));
        }

        if (request.SponsorsVisa is { } sponsors)
        {
            Family(Sponsorship, [Value("v", sponsors ? "true" : "false")]);
        }

        if (request.Near is { } centre && request.RadiusKm is { } radius && Cells(centre, radius) is { } cells)
        {
            Family(Place, cells.Append(Remote));
        }

        return (families, [.. keys.Distinct(StringComparer.Ordinal)], text);
    }

    /// <summary>The keys of a vacancy other than its text terms (those come from the index, see <see cref="Term"/>).</summary>
    public static IEnumerable<string> OfVacancy(VacancyMatch match, VacancyDocument vacancy)
    {
        if (match.OccupationUri is { } occupation)
        {
            yield return Value("o", occupation);
        }

        if (match.Sector is { } sector)
        {
            yield return Value("s", sector);
        }

        if (match.OccupationGroup is { } group)
        {
            yield return Value("g", group);
        }

        if (match.Contract is { } contract)
        {
            yield return Value("c", contract);
        }

        foreach (var language in match.Languages)
        {
            yield return Value("l", language);
        }

        yield return Value("v", match.SponsorsVisa ? "true" : "false");
        if (match.Remote)
        {
            yield return Remote;
        }

        if (vacancy.Latitude is { } latitude && vacancy.Longitude is { } longitude)
        {
            yield return Cell(Index(latitude), Index(longitude));
        }
    }

    /// <summary>A term of an indexed field, as the saved search's text family names it.</summary>
    public static string Term(string field, string term) => string.Concat("x", Separator.ToString(), field, Separator.ToString(), term);

    private static string Remote => "p" + Separator + "remote";

    private static string Value(string family, string value) => string.Concat(family, Separator.ToString(), value);

    private static string Cell(int latitude, int longitude) =>
        string.Create(CultureInfo.InvariantCulture, $"p{Separator}{latitude}:{longitude}");

    private static int Index(double degrees) => (int)Math.Floor(degrees / CellDegrees);

    /// <summary>
    /// The cells of the box the search itself prefilters on (<see cref="QueryParts.Box"/>): every vacancy it finds lies
    /// in that box; null (no place keys) where the search has no box.
    /// </summary>
    private static List<string>? Cells(GeoPoint centre, double radiusKm)
    {
        if (QueryParts.Box(centre, radiusKm) is not { } box)
        {
            return null;
        }

        var (latFrom, latTo) = (Index(box.LatitudeFrom), Index(box.LatitudeTo));
        var (lonFrom, lonTo) = (Index(box.LongitudeFrom), Index(box.LongitudeTo));
        if ((long)(latTo - latFrom + 1) * (lonTo - lonFrom + 1) > MaxCells)
        {
            return null;
        }

        var cells = new List<string>();
        for (var lat = latFrom; lat <= latTo; lat++)
        {
            for (var lon = lonFrom; lon <= lonTo; lon++)
            {
                cells.Add(Cell(lat, lon));
            }
        }

        return cells;
    }
}
