using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Places;
using F = TalentMatch.Infrastructure.Search.Lucene.CandidateFieldNames;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// The Lucene side of a candidate search and retrieval. Candidates have no free text of their own: the text meets
/// their occupation and skill labels (every language, folded), plus the occupations the text names.
/// </summary>
internal static class CandidateQueries
{
    public static readonly IReadOnlyList<WeightedField> TextFields = [new(F.OccupationLabels, 2f), new(F.SkillLabels, 1f)];

    public static (Query Query, bool Ranked) Search(CandidateSearchRequest request, Analyzer analyzer)
    {
        var text = TextQuery.Build(analyzer, request.Words, TextFields);
        var expanded = string.IsNullOrWhiteSpace(request.Text)
            ? null
            : QueryParts.Constant(QueryParts.AnyOf(F.OccupationUri, request.ExpandedOccupationUris),
                VacancyQueries.ExpandedOccupationBoost);
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

        return (QueryParts.Filtered(main,
        [
            QueryParts.AnyOf(F.Sector, request.Sectors),
            QueryParts.AnyOf(F.OccupationUri, request.OccupationUris),
            QueryParts.AnyOf(F.SkillUri, request.SkillUris),
            QueryParts.AnyOf(F.Language, request.Languages),
            request.ExcludeNeedsSponsor ? QueryParts.Flag(F.NeedsSponsor, false) : null,
            Radius(request.Near, request.RadiusKm),
        ]), main is not MatchAllDocsQuery);
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

        return wanted.Clauses.Count == 0
            ? null
            : QueryParts.Filtered(wanted,
            [
                retrieval.SponsorshipRequired ? QueryParts.Flag(F.NeedsSponsor, false) : null,
                Radius(retrieval.Near, retrieval.RadiusKm),
            ]);
    }

    /// <summary>Prefilter: inside the radius's box, or willing to relocate. The exact distance is checked afterwards.</summary>
    private static Query? Radius(GeoPoint? near, double? radiusKm)
    {
        if (near is not { } centre || radiusKm is not { } radius)
        {
            return null;
        }

        var box = QueryParts.BoundingBox(F.Latitude, F.Longitude, centre, radius);
        return box is null
            ? null
            : new BooleanQuery { { box, Occur.SHOULD }, { QueryParts.Flag(F.WillingToRelocate, true), Occur.SHOULD } };
    }
}
