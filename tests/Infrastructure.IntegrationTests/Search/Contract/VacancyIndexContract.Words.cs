using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Contract;

/// <summary>
/// How many words of a text must match (<c>SearchWords</c>): function words none, one or two words all, more words
/// three quarters; place names next to other words only add relevance. The same in every engine.
/// </summary>
public abstract partial class VacancyIndexContract
{
    [Fact]
    public async Task Search_FunctionWords_SelectNothing()
    {
        var homeCare = Vacancy("Medewerker thuiszorg", "Zorg bij de mensen thuis.");
        var onlySharesFunctionWords = Vacancy("Timmerman", "Werk in de bouw, op de steiger.");
        await UpsertAsync(homeCare, onlySharesFunctionWords);

        (await FoundAsync(Find("medewerker in de thuiszorg"))).ShouldBe([homeCare.Id]);
        (await FoundAsync(Find("in de"))).Length.ShouldBe(2, "only function words: no text at all, so everything");
    }

    [Fact]
    public async Task Search_TwoWords_BothMustMatch_InAnyField()
    {
        var both = Vacancy("Lasser", "Voor onze werf in Katwijk.");
        var titleOnly = Vacancy("Lasser", "Voor onze werkplaats.");
        var descriptionOnly = Vacancy("Timmerman", "Voor onze werf.");
        await UpsertAsync(both, titleOnly, descriptionOnly);

        (await FoundAsync(Find("lasser werf"))).ShouldBe([both.Id]);
    }

    [Fact]
    public async Task Search_FourWords_ThreeMustMatch()
    {
        var three = Vacancy("Verpleegkundige intensive care", "Nachtdienst in het ziekenhuis.");
        var two = Vacancy("Verpleegkundige", "Intensieve zorg in het ziekenhuis.");
        await UpsertAsync(three, two);

        (await FoundAsync(Find("verpleegkundige intensive care nacht"))).ShouldBe([three.Id]);
        (await FoundAsync(Find("verpleegkundige intensive ziekenhuis"))).ShouldBe([three.Id, two.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Search_PlaceNameNextToOtherWords_IsOptional_AndRanksThePlaceFirst()
    {
        var inLeiden = Vacancy("Lasser", "Werk op onze werf in Leiden.");
        var elsewhere = Vacancy("Lasser", "Werk op onze werf in Katwijk.");
        var nurseInLeiden = Vacancy("Verpleegkundige", "Werk in Leiden.");
        await UpsertAsync(inLeiden, elsewhere, nurseInLeiden);

        var found = await FoundAsync(Find("lasser leiden") with { OptionalWords = ["leiden"] });

        found.ShouldBe([inLeiden.Id, elsewhere.Id]);
        (await FoundAsync(Find("lasser leiden"))).ShouldBe([inLeiden.Id], "without the hint both words are required");
    }
}
