using Elastic.Clients.Elasticsearch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.Search.Elasticsearch;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

public sealed class AddElasticsearchSearchTests
{
    [Fact]
    public void AddElasticsearchSearch_WithUri_ResolvesBothIndexesOnOneClient()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Search:Elasticsearch:Uri"] = "http://127.0.0.1:9200",
            ["Search:Elasticsearch:IndexPrefix"] = "tm-test",
            ["Search:Elasticsearch:RequestTimeout"] = "00:00:05",
        });

        var vacancies = provider.GetRequiredService<IVacancyIndex>().ShouldBeOfType<ElasticsearchVacancyIndex>();
        var candidates = provider.GetRequiredService<ICandidateIndex>().ShouldBeOfType<ElasticsearchCandidateIndex>();
        vacancies.Names.Alias.ShouldBe("tm-test-vacancies");
        candidates.Names.Alias.ShouldBe("tm-test-candidates");
        provider.GetRequiredService<IVacancyIndex>().ShouldBeSameAs(vacancies);
        provider.GetRequiredService<ElasticsearchClient>().ElasticsearchClientSettings.RequestTimeout.ShouldBe(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void AddElasticsearchSearch_WithoutUri_FailsValidation()
    {
        using var provider = Build(new Dictionary<string, string?>());

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ElasticsearchOptions>>().Value)
            .Message.ShouldContain("Uri");
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddElasticsearchSearch(configuration).BuildServiceProvider();
    }
}
