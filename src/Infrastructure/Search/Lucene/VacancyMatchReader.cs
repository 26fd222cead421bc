using Lucene.Net.Index;
using TalentMatch.Domain.Places;
using F = TalentMatch.Infrastructure.Search.Lucene.VacancyFieldNames;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>Reads a segment's vacancy doc values into <see cref="VacancyMatch"/>es, with distances from an optional centre.</summary>
internal static class VacancyMatchReader
{
    public static Func<AtomicReader, ReadMatch<VacancyMatch>> For(GeoPoint? near) => reader =>
    {
        var id = reader.GetSortedDocValues(IndexFieldNames.Id);
        var sector = reader.GetSortedDocValues(F.Sector);
        var occupation = reader.GetSortedDocValues(F.OccupationUri);
        var group = reader.GetSortedDocValues(F.OccupationGroup);
        var contract = reader.GetSortedDocValues(F.Contract);
        var workMode = reader.GetSortedDocValues(F.WorkMode);
        var languages = reader.GetSortedSetDocValues(F.Language);
        var visa = reader.GetNumericDocValues(F.VisaSponsorship);
        var published = reader.GetNumericDocValues(F.Published);
        var salary = reader.GetNumericDocValues(F.SalaryTo);
        var hasSalary = reader.GetDocsWithField(F.SalaryTo);
        var latitude = reader.GetNumericDocValues(F.Latitude);
        var longitude = reader.GetNumericDocValues(F.Longitude);
        var hasPosition = reader.GetDocsWithField(F.Latitude);
        return (doc, indexDoc, score) =>
        {
            var position = DocValuesReading.PositionAt(latitude, longitude, hasPosition, doc);
            return new VacancyMatch(
                indexDoc,
                id.StringAt(doc) ?? string.Empty,
                score,
                sector.StringAt(doc),
                occupation.StringAt(doc),
                group.StringAt(doc),
                contract.StringAt(doc),
                languages.StringsAt(doc),
                visa?.Get(doc) == 1,
                workMode.StringAt(doc) == F.Remote,
                published?.Get(doc) ?? 0,
                salary.LongAt(hasSalary, doc),
                near is { } centre && position is { } p ? centre.DistanceKmTo(p) : null);
        };
    };
}
