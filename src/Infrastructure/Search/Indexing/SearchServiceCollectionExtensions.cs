using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Infrastructure.Search.Elasticsearch;
using TalentMatch.Infrastructure.Search.Lucene;
using TalentMatch.Infrastructure.Storage;

namespace TalentMatch.Infrastructure.Search.Indexing;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The engine chosen by <c>Search:Engine</c>, the index outbox, its dispatcher and the rebuild.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration,
        DataDirectory dataDirectory)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName);
        var settings = configuration.GetSection(SearchOptions.SectionName).Get<SearchOptions>() ?? new SearchOptions();
        if (settings.Engine == SearchEngine.Elasticsearch)
        {
            services.AddElasticsearchSearch(configuration);
        }
        else
        {
            services.AddLuceneSearch(dataDirectory.PathOf(settings.LuceneDirectory));
        }

        services.AddSingleton<SearchIndexSignal>();
        services.AddSingleton<RebuildProgress>();
        services.AddSingleton<RebuildLauncher>();
        services.AddSingleton<SearchIndexChangeInterceptor>();
        services.AddScoped<SearchIndexWriter>();
        services.AddScoped<SearchIndexOutboxProcessor>();
        services.AddScoped<SearchIndexRebuilder>();
        services.AddScoped<SearchIndexCheck>();
        services.AddScoped<SearchIndexMaintenance>();
        services.AddHostedService<SearchIndexDispatcher>();
        return services;
    }
}
