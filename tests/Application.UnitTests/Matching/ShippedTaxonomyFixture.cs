using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Infrastructure.Taxonomy;

namespace TalentMatch.Application.UnitTests.Matching;

/// <summary>The taxonomy as shipped (embedded ESCO files), loaded once for all matching tests.</summary>
public sealed class ShippedTaxonomyFixture
{
    public ITaxonomy Taxonomy { get; } =
        new ServiceCollection().AddTaxonomy().BuildServiceProvider().GetRequiredService<ITaxonomy>();
}

[CollectionDefinition(Name)]
public sealed class MatchingCollection : ICollectionFixture<ShippedTaxonomyFixture>
{
    public const string Name = "Matching with the shipped taxonomy";
}
