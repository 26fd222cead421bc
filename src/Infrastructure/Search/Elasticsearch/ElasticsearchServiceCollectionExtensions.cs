using Elastic.Clients.Elasticsearch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Alerts.Matching;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

public static class ElasticsearchServiceCollectionExtensions
{
    /// <summary>
    /// The Elasticsearch engine: options from "Search:Elasticsearch" (validated at start), one client, and the two
    /// indexes as <see cref="IVacancyIndex"/> and <see cref="ICandidateIndex"/> singletons.
    /// </summary>
    public static IServiceCollection AddElasticsearchSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ElasticsearchOptions>().Bind(configuration.GetSection(ElasticsearchOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ElasticsearchOptions>, ElasticsearchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
            ElasticsearchClientFactory.Create(provider.GetRequiredService<IOptions<ElasticsearchOptions>>().Value));

        services.AddSingleton(provider => new ElasticsearchVacancyIndex(
            provider.GetRequiredService<ElasticsearchClient>(), NamesFor(provider, ElasticsearchVacancyIndex.Kind),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ElasticsearchVacancyIndex>>()));
        services.AddSingleton(provider => new ElasticsearchCandidateIndex(
            provider.GetRequiredService<ElasticsearchClient>(), NamesFor(provider, ElasticsearchCandidateIndex.Kind),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ElasticsearchCandidateIndex>>()));
        services.AddSingleton<ISavedSearchPercolator>(provider => new ElasticsearchSavedSearchPercolator(
            provider.GetRequiredService<ElasticsearchClient>(), NamesFor(provider, AlertQueryRequests.Kind),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IVacancyIndex>(provider => provider.GetRequiredService<ElasticsearchVacancyIndex>());
        services.AddSingleton<ICandidateIndex>(provider => provider.GetRequiredService<ElasticsearchCandidateIndex>());
        return services;
    }

    private static ElasticsearchIndexNames NamesFor(IServiceProvider provider, string kind) =>
        new(provider.GetRequiredService<IOptions<ElasticsearchOptions>>().Value.IndexPrefix, kind);
}
