using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// Adding values to a Lucene document in the shapes the searches need: exact terms to filter on, doc values to read
/// per match (sort keys, facet values, coordinates) and numeric terms for range filters. Empty values are left out.
/// </summary>
internal static class DocumentWriting
{
    public static void Exact(this Document document, string field, string? value, bool withDocValues = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        document.Add(new StringField(field, value, Field.Store.NO));
        if (withDocValues)
        {
            document.Add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    public static void ExactMany(this Document document, string field, IEnumerable<string> values, bool withDocValues = false)
    {
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(field, value, Field.Store.NO));
            if (withDocValues)
            {
                document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
            }
        }
    }

    public static void Flag(this Document document, string field, bool value)
    {
        document.Add(new StringField(field, value ? "true" : "false", Field.Store.NO));
        document.Add(new NumericDocValuesField(field, value ? 1 : 0));
    }

    public static void Text(this Document document, string field, string? value, bool store = false)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            document.Add(new TextField(field, value, store ? Field.Store.YES : Field.Store.NO));
        }
    }

    public static void TextMany(this Document document, string field, IEnumerable<string> values)
    {
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            document.Add(new TextField(field, value, Field.Store.NO));
        }
    }

    public static void Int(this Document document, string field, int? value, bool withDocValues = false)
    {
        if (value is { } v)
        {
            document.Add(new Int32Field(field, v, Field.Store.NO));
            if (withDocValues)
            {
                document.Add(new NumericDocValuesField(field, v));
            }
        }
    }

    public static void Long(this Document document, string field, long value)
    {
        document.Add(new Int64Field(field, value, Field.Store.NO));
        document.Add(new NumericDocValuesField(field, value));
    }

    /// <summary>Both coordinates or neither: a range-filterable double each, doc values as raw bits for reading back.</summary>
    public static void Position(this Document document, string latitudeField, string longitudeField,
        double? latitude, double? longitude)
    {
        if (latitude is { } lat && longitude is { } lon)
        {
            document.Add(new DoubleField(latitudeField, lat, Field.Store.NO));
            document.Add(new NumericDocValuesField(latitudeField, BitConverter.DoubleToInt64Bits(lat)));
            document.Add(new DoubleField(longitudeField, lon, Field.Store.NO));
            document.Add(new NumericDocValuesField(longitudeField, BitConverter.DoubleToInt64Bits(lon)));
        }
    }

    public static void Identity(this Document document, Guid id, long version)
    {
        var text = IndexFieldNames.IdText(id);
        document.Add(new StringField(IndexFieldNames.Id, text, Field.Store.YES));
        document.Add(new SortedDocValuesField(IndexFieldNames.Id, new BytesRef(text)));
        document.Add(new NumericDocValuesField(IndexFieldNames.Version, version));
    }

    /// <summary>A date as yyyymmdd, so date ranges are integer ranges.</summary>
    public static int DayNumber(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;
}
