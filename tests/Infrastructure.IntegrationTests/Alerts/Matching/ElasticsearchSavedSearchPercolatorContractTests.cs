using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Alerts.Matching;
using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;
using TalentMatch.Infrastructure.Search.Elasticsearch;

namespace TalentMatch.Infrastructure.IntegrationTests.Alerts.Matching;

/// <summary>
/// The percolator contract on a live cluster (its percolate query), the oracle being the same cluster's vacancy
/// search; skipped without TALENTMATCH_TEST_ELASTICSEARCH_URL.
/// </summary>
[RequiresEnvironmentVariable(LiveElasticsearch.Variable, "Elasticsearch")]
[Trait("Category", "Elasticsearch")]
public sealed class ElasticsearchSavedSearchPercolatorContractTests : SavedSearchPercolatorContract, IAsyncLifetime
{
    private readonly string _prefix = LiveElasticsearch.UniquePrefix();
    private readonly Elastic.Clients.Elasticsearch.ElasticsearchClient _client = LiveElasticsearch.Client();

    protected override (int Vacancies, int Searches) Size => (100, 300);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await LiveElasticsearch.DeleteAsync(_client, _prefix);

    protected override ISavedSearchPercolator CreatePercolator() => new ElasticsearchSavedSearchPercolator(
        _client, new ElasticsearchIndexNames(_prefix, AlertQueryRequests.Kind + "-" + Guid.NewGuid().ToString("N")[..6]), TimeProvider.System);

    protected override async Task<IVacancyIndex> CreateIndexAsync()
    {
        var index = new ElasticsearchVacancyIndex(_client, new ElasticsearchIndexNames(_prefix, ElasticsearchVacancyIndex.Kind),
            TimeProvider.System, NullLogger<ElasticsearchVacancyIndex>.Instance);
        await (await index.BeginRebuildAsync(default)).CompleteAsync(default);
        return index;
    }
}
