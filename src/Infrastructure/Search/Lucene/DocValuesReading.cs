using Lucene.Net.Index;
using Lucene.Net.Util;
using TalentMatch.Domain.Places;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>Reading one document's doc values, where a segment without the field gives null readers.</summary>
internal static class DocValuesReading
{
    public static string? StringAt(this SortedDocValues? values, int doc)
    {
        if (values is null)
        {
            return null;
        }

        var ord = values.GetOrd(doc);
        if (ord < 0)
        {
            return null;
        }

        var bytes = new BytesRef();
        values.LookupOrd(ord, bytes);
        return bytes.Utf8ToString();
    }

    public static IReadOnlyList<string> StringsAt(this SortedSetDocValues? values, int doc)
    {
        if (values is null)
        {
            return [];
        }

        var result = new List<string>();
        values.SetDocument(doc);
        var bytes = new BytesRef();
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            values.LookupOrd(ord, bytes);
            result.Add(bytes.Utf8ToString());
        }

        return result;
    }

    public static long? LongAt(this NumericDocValues? values, IBits? present, int doc) =>
        values is null || present is null || !present.Get(doc) ? null : values.Get(doc);

    public static GeoPoint? PositionAt(NumericDocValues? latitude, NumericDocValues? longitude, IBits? present, int doc) =>
        latitude is null || longitude is null || present is null || !present.Get(doc)
            ? null
            : new GeoPoint(BitConverter.Int64BitsToDouble(latitude.Get(doc)), BitConverter.Int64BitsToDouble(longitude.Get(doc)));
}
