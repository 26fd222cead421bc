using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Infrastructure.Taxonomy;

namespace TalentMatch.Infrastructure.IntegrationTests.Taxonomy;

public sealed class TaxonomyServiceCollectionExtensionsTests
{
    [Fact]
    public void AddTaxonomy_Resolved_OneSingletonNotLoadedUntilAsked()
    {
        var services = new ServiceCollection().AddTaxonomy();

        services.ShouldHaveSingleItem().Lifetime.ShouldBe(ServiceLifetime.Singleton);
        services[0].ServiceType.ShouldBe(typeof(ITaxonomy));
        services[0].ImplementationFactory.ShouldNotBeNull();
    }
}
