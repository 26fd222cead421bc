using System.Text.RegularExpressions;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.IntegrationTests.Taxonomy;

[Collection(ShippedTaxonomyCollection.Name)]
public sealed partial class OccupationSearchTests(ShippedTaxonomyFixture fixture)
{
    private readonly ITaxonomy _taxonomy = fixture.Taxonomy;

    public static TheoryData<string, string> WelderWordsInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var word in new[] { "welder", "lasser", "spawacz", "soudeur", "soldador" })
        {
            foreach (var language in TaxonomyLanguage.All)
            {
                data.Add(word, language.Code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WelderWordsInEveryLanguage))]
    public void SearchOccupations_WelderInAnyLanguage_WelderFirstWhateverTheLanguage(string word, string language) =>
        First(word, language).Occupation.Uri.ShouldBe(EscoExamples.Welder);

    [Theory]
    [InlineData("weldr")]
    [InlineData("welfer")]
    [InlineData("WELDER")]
    [InlineData("  Spawacz ")]
    [InlineData("lassser")]
    [InlineData("soldadro")]
    public void SearchOccupations_CaseSpacesAndTypos_WelderFirst(string query) =>
        First(query).Occupation.Uri.ShouldBe(EscoExamples.Welder);

    [Theory]
    [InlineData("verpleegkundige")]
    [InlineData("verpleegkundge")]
    [InlineData("Verpleegkundige ")]
    [InlineData("pielęgniarka")]
    [InlineData("pielegniarka")]
    [InlineData("infirmier")]
    [InlineData("nurse")]
    public void SearchOccupations_NurseWords_ANurseFirst(string query) =>
        First(query).Occupation.Labels.PreferredIn(TaxonomyLanguage.English).ShouldMatch(NurseWord().ToString());

    [Theory]
    [InlineData("engineer solar")]
    [InlineData("solar engineer")]
    [InlineData("Solar Energy Engineer")]
    [InlineData("ingénieur énergie solaire")]
    public void SearchOccupations_WordsInAnyOrder_SolarEnergyEngineerFirst(string query) =>
        First(query).Occupation.Uri.ShouldBe(EscoExamples.SolarEnergyEngineer);

    [Theory]
    [InlineData("électricien", "electricien")]
    [InlineData("pielęgniarka", "PIELEGNIARKA")]
    [InlineData("técnico de mantenimiento", "tecnico de mantenimiento")]
    [InlineData("spawacz ręczny łukiem", "spawacz reczny lukiem")]
    [InlineData("Straßenbau", "strassenbau")]
    public void SearchOccupations_WithOrWithoutDiacritics_SameResults(string accented, string plain) =>
        Uris(accented).ShouldBe(Uris(plain));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ---")]
    [InlineData("xyzzyqq")]
    [InlineData("qwxzvbk plmnjq")]
    public void SearchOccupations_EmptyOrNonsense_Empty(string query) =>
        _taxonomy.SearchOccupations(query, TaxonomyLanguage.English, 10).ShouldBeEmpty();

    [Fact]
    public void SearchOccupations_Limit_AtMostThatManyDistinctBestFirst()
    {
        var matches = _taxonomy.SearchOccupations("technician", TaxonomyLanguage.English, 7);

        matches.Count.ShouldBe(7);
        matches.Select(m => m.Occupation.Uri).Distinct().Count().ShouldBe(7);
        matches.Select(m => m.Score).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void SearchOccupations_TypeAhead_PrefixFindsOccupation() =>
        First("verpleegk").Occupation.Labels.PreferredIn(TaxonomyLanguage.English).ShouldMatch(NurseWord().ToString());

    [Fact]
    public void SearchOccupations_SectorOccupation_CarriesSector() =>
        First("solar energy engineer").Occupation.Sector.ShouldBe(Sector.EnergyTransition);

    private OccupationMatch First(string query, string language = "en")
    {
        var matches = _taxonomy.SearchOccupations(query, TaxonomyLanguage.FromCode(language)!, 5);
        matches.ShouldNotBeEmpty();
        return matches[0];
    }

    private List<OccupationUri> Uris(string query) =>
        _taxonomy.SearchOccupations(query, TaxonomyLanguage.English, 10).Select(m => m.Occupation.Uri).ToList();

    [GeneratedRegex(@"\bnurse\b")]
    private static partial Regex NurseWord();
}
