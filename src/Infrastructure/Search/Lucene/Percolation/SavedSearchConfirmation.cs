using TalentMatch.Application.Search;
using TalentMatch.Domain.Places;
using F = TalentMatch.Infrastructure.Search.Lucene.VacancyFieldNames;

namespace TalentMatch.Infrastructure.Search.Lucene.Percolation;

/// <summary>
/// Whether a saved search finds a new vacancy, decided as the vacancy search decides it (<see cref="VacancyQueries"/>
/// and <see cref="VacancySearch"/>): the text by its words' indexed terms and the expansion, every filter with the
/// same bounds (the closing day, hours, salary, housing, posted since, the radius's box and then its exact distance),
/// and the facet filters by the search's own <see cref="VacancyFacetFilters"/>. In memory, so a pass needs no Lucene
/// query per search; the oracle tests compare it with running the searches.
/// </summary>
internal static class SavedSearchConfirmation
{
    public static bool Finds(StoredSearch search, SavedSearchPrefilter.ResolvedText text, BatchVacancy vacancy)
    {
        var request = search.Request;
        var document = vacancy.Document;
        return Text(text, vacancy.Keys)
            && (document.ClosingDate is { } closing ? DocumentWriting.DayNumber(closing) : F.NeverCloses) >= DocumentWriting.DayNumber(request.Today)
            && Occupation(search, document)
            && (request.HoursMin is not { } min || (document.HoursMax ?? document.HoursMin) is { } top && top >= min)
            && (request.HoursMax is not { } max || (document.HoursMin ?? document.HoursMax) is { } bottom && bottom <= max)
            && (request.SalaryMin is not { } salary || document.SalaryTo is { } to && to >= salary)
            && (request.Housing is not { } housing || document.HousingSupport == housing)
            && (request.PostedSince is not { } since || document.PublishedAt.ToUnixTimeMilliseconds() >= since.ToUnixTimeMilliseconds())
            && Radius(search, vacancy)
            && search.Facets.Passes(vacancy.Match);
    }

    private static bool Text(SavedSearchPrefilter.ResolvedText text, HashSet<int> held)
    {
        if (!text.Constrains)
        {
            return true;
        }

        if (HoldsAny(held, text.Expansion))
        {
            return true;
        }

        var matched = 0;
        foreach (var word in text.Words)
        {
            if (HoldsAny(held, word) && ++matched >= text.Minimum)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsAny(HashSet<int> held, int[] keys)
    {
        foreach (var key in keys)
        {
            if (held.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Occupation(StoredSearch search, VacancyDocument document) =>
        search.Occupations is not { } wanted || (document.OccupationUri is { } uri && wanted.Contains(uri));

    /// <summary>The box prefilter (or remote), then the exact great-circle distance (or remote), as the search applies them.</summary>
    private static bool Radius(StoredSearch search, BatchVacancy vacancy)
    {
        if (search.Request.Near is not { } centre || search.Request.RadiusKm is not { } radius)
        {
            return true;
        }

        if (vacancy.Match.Remote)
        {
            return true;
        }

        if (vacancy.Document.Latitude is not { } latitude || vacancy.Document.Longitude is not { } longitude)
        {
            return false;
        }

        if (search.Box is { } box
            && (latitude < box.LatitudeFrom || latitude > box.LatitudeTo || longitude < box.LongitudeFrom || longitude > box.LongitudeTo))
        {
            return false;
        }

        return centre.DistanceKmTo(new GeoPoint(latitude, longitude)) <= radius;
    }
}
