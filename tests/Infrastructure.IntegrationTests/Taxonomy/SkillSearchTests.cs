using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.IntegrationTests.Taxonomy;

[Collection(ShippedTaxonomyCollection.Name)]
public sealed class SkillSearchTests(ShippedTaxonomyFixture fixture)
{
    private readonly ITaxonomy _taxonomy = fixture.Taxonomy;

    [Theory]
    [InlineData("python", "en")]
    [InlineData("Python", "nl")]
    [InlineData("pyhton", "fr")]
    public void SearchSkills_Python_PythonFirst(string query, string language) =>
        _taxonomy.SearchSkills(query, TaxonomyLanguage.FromCode(language)!, 3)[0].Skill.Uri.ShouldBe(EscoExamples.Python);

    [Theory]
    [InlineData("project management")]
    [InlineData("gestión de proyectos")]
    [InlineData("gestion de projets")]
    [InlineData("management project")]
    public void SearchSkills_ProjectManagementInThreeLanguages_ProjectManagementFirst(string query) =>
        _taxonomy.SearchSkills(query, TaxonomyLanguage.English, 3)[0].Skill.Labels
            .PreferredIn(TaxonomyLanguage.English).ShouldBe("project management");

    [Theory]
    [InlineData("")]
    [InlineData("xyzzyqq")]
    public void SearchSkills_EmptyOrNonsense_Empty(string query) =>
        _taxonomy.SearchSkills(query, TaxonomyLanguage.English, 10).ShouldBeEmpty();

    [Fact]
    public void SearchSkills_Weld_MatchedByWeldingLabels() =>
        _taxonomy.SearchSkills("weld", TaxonomyLanguage.English, 5)
            .ShouldAllBe(m => m.MatchedLabel.Contains("weld", StringComparison.OrdinalIgnoreCase));
}
