using TalentMatch.Application.Taxonomy;
using TalentMatch.Application.Taxonomy.SearchSkills;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.UnitTests.Taxonomy;

public sealed class SearchSkillsHandlerTests
{
    [Fact]
    public async Task Handle_French_FrenchLabelWithoutIscoOrSector()
    {
        var entries = await new SearchSkillsHandler(TaxonomyExamples.Taxonomy())
            .Handle(new SearchSkillsQuery("souder", "fr"), CancellationToken.None);

        entries.ShouldBe([new TaxonomyEntryDto(TaxonomyExamples.WeldMetal.Uri.Value, "souder du métal", null, null)]);
    }

    [Fact]
    public async Task Handle_Dutch_EnglishLabelAsFallback()
    {
        var taxonomy = TaxonomyExamples.Taxonomy();

        var entries = await new SearchSkillsHandler(taxonomy)
            .Handle(new SearchSkillsQuery("lassen", "nl", 3), CancellationToken.None);

        entries.Single().Label.ShouldBe("weld metal");
        taxonomy.LastSearch.ShouldBe(("lassen", TaxonomyLanguage.Dutch, 3));
    }
}
