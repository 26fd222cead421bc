using Lucene.Net.Index;
using TalentMatch.Domain.Places;
using F = TalentMatch.Infrastructure.Search.Lucene.CandidateFieldNames;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>Reads a segment's candidate doc values into <see cref="CandidateMatch"/>es, with distances from an optional centre.</summary>
internal static class CandidateMatchReader
{
    public static Func<AtomicReader, ReadMatch<CandidateMatch>> For(GeoPoint? near) => reader =>
    {
        var id = reader.GetSortedDocValues(IndexFieldNames.Id);
        var occupations = reader.GetSortedSetDocValues(F.OccupationUri);
        var relocate = reader.GetNumericDocValues(F.WillingToRelocate);
        var updated = reader.GetNumericDocValues(F.Updated);
        var latitude = reader.GetNumericDocValues(F.Latitude);
        var longitude = reader.GetNumericDocValues(F.Longitude);
        var hasPosition = reader.GetDocsWithField(F.Latitude);
        return (doc, _, score) =>
        {
            var position = DocValuesReading.PositionAt(latitude, longitude, hasPosition, doc);
            return new CandidateMatch(
                id.StringAt(doc) ?? string.Empty,
                score,
                occupations.StringsAt(doc),
                relocate?.Get(doc) == 1,
                updated?.Get(doc) ?? 0,
                near is { } centre && position is { } p ? centre.DistanceKmTo(p) : null);
        };
    };
}
