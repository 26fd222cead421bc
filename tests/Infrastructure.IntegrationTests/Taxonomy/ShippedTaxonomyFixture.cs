using TalentMatch.Application.Taxonomy;
using TalentMatch.Infrastructure.Taxonomy.Loading;

namespace TalentMatch.Infrastructure.IntegrationTests.Taxonomy;

/// <summary>The taxonomy as shipped (embedded files), loaded once for all taxonomy tests.</summary>
public sealed class ShippedTaxonomyFixture
{
    public ITaxonomy Taxonomy { get; } = TaxonomyLoader.LoadEmbedded();
}

[CollectionDefinition(Name)]
public sealed class ShippedTaxonomyCollection : ICollectionFixture<ShippedTaxonomyFixture>
{
    public const string Name = "Shipped taxonomy";
}
