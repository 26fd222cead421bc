using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Infrastructure.Taxonomy;

namespace TalentMatch.Taxonomy.Benchmarks;

/// <summary>The taxonomy as the app gets it: through AddTaxonomy, loaded from the embedded files.</summary>
internal static class ShippedTaxonomy
{
    public static ITaxonomy Load()
    {
        using var services = new ServiceCollection().AddTaxonomy().BuildServiceProvider();
        return services.GetRequiredService<ITaxonomy>();
    }
}
