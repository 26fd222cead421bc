using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;
using static TalentMatch.Infrastructure.Search.Elasticsearch.IndexAnalysis;
using F = TalentMatch.Infrastructure.Search.Elasticsearch.CandidateFields;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>The index template (settings and strict mapping) for "&lt;prefix&gt;-candidates-*".</summary>
public static class CandidateIndexTemplate
{
    public static PutIndexTemplateRequest Build(ElasticsearchIndexNames names) => Template(names, new Properties
    {
        [F.Id] = Keyword(),
        [F.Version] = Long(),
        [F.Sectors] = Keyword(),
        [F.OccupationUris] = Keyword(),
        [F.IscoGroups] = Keyword(),
        [F.OccupationLabels] = FoldedText(),
        [F.SkillUris] = Keyword(),
        [F.SkillLabels] = FoldedText(),
        [F.Languages] = Keyword(),
        [F.Certificates] = Keyword(),
        [F.EducationLevel] = Keyword(),
        [F.NeedsSponsor] = Boolean(),
        [F.HoursPerWeek] = Integer(),
        [F.AvailableFrom] = Date(),
        [F.PlaceName] = Keyword(),
        [F.Location] = GeoPoint(),
        [F.MaxCommuteKm] = Integer(),
        [F.WillingToRelocate] = Boolean(),
        [F.UpdatedAt] = Date(),
    });
}
