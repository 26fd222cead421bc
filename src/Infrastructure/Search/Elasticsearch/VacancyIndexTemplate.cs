using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;
using static TalentMatch.Infrastructure.Search.Elasticsearch.IndexAnalysis;
using F = TalentMatch.Infrastructure.Search.Elasticsearch.VacancyFields;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>The index template (settings and strict mapping) for "&lt;prefix&gt;-vacancies-*".</summary>
public static class VacancyIndexTemplate
{
    public static PutIndexTemplateRequest Build(ElasticsearchIndexNames names) => Template(names, new Properties
    {
        [F.Id] = Keyword(),
        [F.Version] = Long(),
        [F.EmployerId] = Keyword(),
        [F.EmployerName] = FoldedText(),
        [F.TextLanguage] = Keyword(),
        [F.TitleNl] = LanguageText(Dutch, withFolded: true),
        [F.TitleEn] = LanguageText(English, withFolded: true),
        [F.DescriptionNl] = LanguageText(Dutch, withFolded: false),
        [F.DescriptionEn] = LanguageText(English, withFolded: false),
        [F.Sector] = Keyword(),
        [F.OccupationUri] = Keyword(),
        [F.IscoGroup] = Keyword(),
        [F.OccupationGroup] = Keyword(),
        [F.OccupationLabels] = FoldedText(),
        [F.EssentialSkillUris] = Keyword(),
        [F.OptionalSkillUris] = Keyword(),
        [F.SkillLabels] = FoldedText(),
        [F.Languages] = Keyword(),
        [F.Certificates] = Keyword(),
        [F.ContractType] = Keyword(),
        [F.WorkMode] = Keyword(),
        [F.HoursMin] = Integer(),
        [F.HoursMax] = Integer(),
        [F.SalaryFrom] = Integer(),
        [F.SalaryTo] = Integer(),
        [F.PlaceName] = Keyword(),
        [F.Location] = GeoPoint(),
        [F.VisaSponsorship] = Boolean(),
        [F.HousingSupport] = Boolean(),
        [F.RelocationSupport] = Boolean(),
        [F.PublishedAt] = Date(),
        [F.ClosingDate] = Date(),
    });
}
