using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Places;
using F = TalentMatch.Infrastructure.Search.Lucene.VacancyFieldNames;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// The Lucene side of a vacancy search: text (plus the expanded occupations) and the filters that are not facets.
/// Facet filters and the exact radius are applied to the matches in memory, because facet counts need the matches
/// that fail exactly one facet filter too.
/// </summary>
internal static class VacancyQueries
{
    /// <summary>How much a vacancy of an occupation the text names scores on top of its word matches.</summary>
    public const float ExpandedOccupationBoost = 10f;

    public static readonly IReadOnlyList<WeightedField> TextFields =
    [
        new(F.TitleDutch, 3f), new(F.TitleEnglish, 3f), new(F.Title, 2f),
        new(F.OccupationLabels, 2.5f), new(F.SkillLabels, 1f), new(F.Employer, 1f),
        new(F.DescriptionDutch, 1f), new(F.DescriptionEnglish, 1f), new(F.Description, 0.7f),
    ];

    /// <returns>The query, the analysed text (for snippets), and whether it ranks by relevance at all.</returns>
    public static (Query Query, TextQuery Text, bool Ranked) Search(VacancySearchRequest request, Analyzer analyzer)
    {
        var text = TextQuery.Build(analyzer, request.Words, TextFields);
        var expanded = string.IsNullOrWhiteSpace(request.Text)
            ? null
            : QueryParts.Constant(QueryParts.AnyOf(F.OccupationUri, request.ExpandedOccupationUris), ExpandedOccupationBoost);
        Query main = new MatchAllDocsQuery();
        if (text.Query is not null || expanded is not null)
        {
            var either = new BooleanQuery();
            foreach (var part in new[] { text.Query, expanded }.OfType<Query>())
            {
                either.Add(part, Occur.SHOULD);
            }

            main = either;
        }

        return (QueryParts.Filtered(main, Filters(request)), text, main is not MatchAllDocsQuery);
    }

    public static Query? Retrieval(MatchRetrieval retrieval)
    {
        var wanted = new BooleanQuery();
        foreach (var part in new[]
        {
            QueryParts.Constant(QueryParts.AnyOf(F.OccupationUri, retrieval.OccupationUris), 4f),
            QueryParts.Constant(QueryParts.AnyOf(F.IscoGroup, retrieval.IscoGroups), 2f),
        }.OfType<Query>())
        {
            wanted.Add(part, Occur.SHOULD);
        }

        foreach (var skill in retrieval.SkillUris.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal))
        {
            wanted.Add(new ConstantScoreQuery(new TermQuery(new Term(F.SkillUri, skill))) { Boost = 1f }, Occur.SHOULD);
        }

        if (wanted.Clauses.Count == 0)
        {
            return null;
        }

        return QueryParts.Filtered(wanted,
        [
            Open(retrieval.Today),
            retrieval.SponsorshipRequired ? QueryParts.Flag(F.VisaSponsorship, true) : null,
            Radius(retrieval.Near, retrieval.RadiusKm),
        ]);
    }

    private static IEnumerable<Query?> Filters(VacancySearchRequest request)
    {
        yield return Open(request.Today);
        yield return QueryParts.AnyOf(F.OccupationUri, request.OccupationUris);
        yield return Radius(request.Near, request.RadiusKm);
        yield return request.HoursMin is { } min ? NumericRangeQuery.NewInt32Range(F.HoursMax, min, null, true, true) : null;
        yield return request.HoursMax is { } max ? NumericRangeQuery.NewInt32Range(F.HoursMin, null, max, true, true) : null;
        yield return request.SalaryMin is { } salary ? NumericRangeQuery.NewInt32Range(F.SalaryTo, salary, null, true, true) : null;
        yield return request.Housing is { } housing ? QueryParts.Flag(F.Housing, housing) : null;
        yield return request.PostedSince is { } since
            ? NumericRangeQuery.NewInt64Range(F.Published, since.ToUnixTimeMilliseconds(), null, true, true)
            : null;
    }

    /// <summary>Closing today or later, or never.</summary>
    private static Query Open(DateOnly today) =>
        NumericRangeQuery.NewInt32Range(F.Closing, DocumentWriting.DayNumber(today), null, true, true);

    /// <summary>Prefilter: inside the radius's box, or remote. The exact distance is checked per match afterwards.</summary>
    private static Query? Radius(GeoPoint? near, double? radiusKm)
    {
        if (near is not { } centre || radiusKm is not { } radius)
        {
            return null;
        }

        var box = QueryParts.BoundingBox(F.Latitude, F.Longitude, centre, radius);
        return box is null
            ? null
            : new BooleanQuery { { box, Occur.SHOULD }, { new TermQuery(new Term(F.WorkMode, F.Remote)), Occur.SHOULD } };
    }
}
