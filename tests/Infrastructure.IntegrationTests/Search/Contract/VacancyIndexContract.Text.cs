using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Contract;

/// <summary>Free text: stemming per language, folding across languages, occupations named by the text, snippets.</summary>
public abstract partial class VacancyIndexContract
{
    [Fact]
    public async Task Search_DutchPlural_FindsDutchSingular()
    {
        var (welder, other) = (Vacancy("Lasser gezocht"), Vacancy("Verpleegkundige"));
        await UpsertAsync(welder, other);

        (await FoundAsync(Find("lassers"))).ShouldBe([welder.Id]);
    }

    [Fact]
    public async Task Search_EnglishPlural_FindsEnglishSingular()
    {
        var (nurse, other) = (Vacancy("Nurse for the night shift", language: "en"), Vacancy("Welder", language: "en"));
        await UpsertAsync(nurse, other);

        (await FoundAsync(Find("nurses"))).ShouldBe([nurse.Id]);
    }

    [Fact]
    public async Task Search_WordWithoutAccents_FindsTheAccentedWordInAnyLanguage()
    {
        var vacancy = Vacancy("Medewerker café", "Koffie zetten in het café aan de Breestraat.");
        await UpsertAsync(vacancy, Vacancy("Timmerman"));

        (await FoundAsync(Find("Cafe"))).ShouldBe([vacancy.Id]);
    }

    [Fact]
    public async Task Search_OccupationOrSkillLabel_FindsTheVacancy()
    {
        var vacancy = Vacancy("Vakman") with { OccupationLabels = ["lasser", "welder", "Schweißer"], SkillLabels = ["TIG-lassen"] };
        await UpsertAsync(vacancy, Vacancy("Vakman"));

        (await FoundAsync(Find("schweisser"))).ShouldBe([vacancy.Id]);
        (await FoundAsync(Find("tig"))).ShouldBe([vacancy.Id]);
    }

    [Fact]
    public async Task Search_ExpandedOccupation_FindsVacancyWithoutMatchingWordsAndRanksItFirst()
    {
        var byWords = Vacancy("Welder wanted", "Welder welder welder for our welding shop.", "en");
        var byOccupation = Vacancy("Metaalbewerker", "Werk in de metaal.") with { OccupationUri = WelderUri };
        var unrelated = Vacancy("Verpleegkundige") with { OccupationUri = NurseUri };
        await UpsertAsync(byWords, byOccupation, unrelated);

        var found = await FoundAsync(Find("welder") with { ExpandedOccupationUris = [WelderUri, "urn:other"] });

        found.ShouldBe([byOccupation.Id, byWords.Id]);
    }

    [Fact]
    public async Task Search_Snippet_MarksMatchedWordsAndEncodesHtml()
    {
        var vacancy = Vacancy("Lasser", "Wij zoeken lassers <b>&</b> bankwerkers voor de werf in Leiden.");
        await UpsertAsync(vacancy);

        var hit = (await SearchAsync(Find("lasser"))).Hits.ShouldHaveSingleItem();

        var snippet = hit.Snippet.ShouldNotBeNull();
        snippet.ShouldContain("<mark>lassers</mark>");
        snippet.ShouldContain("&lt;b&gt;&amp;&lt;");
        snippet.ShouldNotContain("<b>");
        snippet.ShouldNotContain("</b>");
    }

    [Fact]
    public async Task Search_WithoutText_HasNoSnippet()
    {
        await UpsertAsync(Vacancy("Lasser", "Wij zoeken lassers."));

        (await SearchAsync(Find())).Hits.ShouldHaveSingleItem().Snippet.ShouldBeNull();
    }

    [Theory]
    [InlineData("welder AND (")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("title:[a TO")]
    [InlineData("?las~2^3 \\ / ! - + && || {}")]
    [InlineData("   ")]
    public async Task Search_HostileText_DoesNotThrow(string text)
    {
        var welder = Vacancy("Welder", language: "en");
        await UpsertAsync(welder, Vacancy("Nurse", language: "en"));

        var hits = await SearchAsync(Find(text) with { ExpandedOccupationUris = [] });

        hits.Total.ShouldBeInRange(0, 2);
        if (text.StartsWith("welder", StringComparison.Ordinal))
        {
            hits.Hits.Select(h => h.Id).ShouldContain(welder.Id);
        }
    }
}
