using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Alerts.Matching;
using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.Search.Lucene.Percolation;

namespace TalentMatch.Infrastructure.Search.Lucene;

public static class LuceneSearchServiceCollectionExtensions
{
    /// <summary>
    /// The embedded engine: both indexes as singletons, because each owns the one <c>IndexWriter</c> its folder allows;
    /// the container disposes them (closing the writers) when the host stops.
    /// </summary>
    public static IServiceCollection AddLuceneSearch(this IServiceCollection services, string indexRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexRoot);
        services.AddOptions<LuceneOptions>().Configure(o => o.RootPath = indexRoot);
        services.AddSingleton<LuceneVacancyIndex>();
        services.AddSingleton<IVacancyIndex>(sp => sp.GetRequiredService<LuceneVacancyIndex>());
        services.AddSingleton<LuceneSavedSearchPercolator>();
        services.AddSingleton<ISavedSearchPercolator>(sp => sp.GetRequiredService<LuceneSavedSearchPercolator>());
        services.AddSingleton<LuceneCandidateIndex>();
        services.AddSingleton<ICandidateIndex>(sp => sp.GetRequiredService<LuceneCandidateIndex>());
        return services;
    }
}
