using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Infrastructure.Taxonomy.Loading;

namespace TalentMatch.Infrastructure.Taxonomy;

public static class TaxonomyServiceCollectionExtensions
{
    /// <summary>
    /// The ESCO taxonomy as a singleton, loaded from the files embedded in this assembly on first use (a second or
    /// so, about 60 MB of memory). Needs no files or network; the data comes from tools/taxonomy.
    /// </summary>
    public static IServiceCollection AddTaxonomy(this IServiceCollection services)
    {
        services.AddSingleton<ITaxonomy>(_ => TaxonomyLoader.LoadEmbedded());
        return services;
    }
}
