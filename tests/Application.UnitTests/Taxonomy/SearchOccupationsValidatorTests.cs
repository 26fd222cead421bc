using System.Globalization;
using TalentMatch.Application.Taxonomy.SearchOccupations;

namespace TalentMatch.Application.UnitTests.Taxonomy;

public sealed class SearchOccupationsValidatorTests
{
    private readonly SearchOccupationsValidator _validator = new();

    [Theory]
    [InlineData("w", null, null)]
    [InlineData("welder", "en", 1)]
    [InlineData("Lasser", "NL", 50)]
    [InlineData("spawacz", "pl", 10)]
    public void Validate_GoodQuery_Valid(string text, string? language, int? limit) =>
        _validator.Validate(new SearchOccupationsQuery(text, language, limit)).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoText_FailsOnQ(string? text) =>
        ErrorKeys(new SearchOccupationsQuery(text)).ShouldBe(["q"]);

    [Fact]
    public void Validate_TextOver100Characters_FailsOnQ() =>
        ErrorKeys(new SearchOccupationsQuery(new string('a', 101))).ShouldBe(["q"]);

    [Fact]
    public void Validate_Text100Characters_Valid() =>
        ErrorKeys(new SearchOccupationsQuery(new string('a', 100))).ShouldBeEmpty();

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("english")]
    public void Validate_UnsupportedLanguage_FailsOnLang(string language) =>
        ErrorKeys(new SearchOccupationsQuery("welder", language)).ShouldBe(["lang"]);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(51)]
    public void Validate_LimitOutOfRange_FailsOnLimit(int limit) =>
        ErrorKeys(new SearchOccupationsQuery("welder", "en", limit)).ShouldBe(["limit"]);

    [Fact]
    public void Validate_EverythingWrong_OneErrorPerParameter() =>
        ErrorKeys(new SearchOccupationsQuery("", "xx", 99)).ShouldBe(["q", "lang", "limit"]);

    [Fact]
    public void Validate_DutchCulture_DutchMessages()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl");
        try
        {
            var messages = _validator.Validate(new SearchOccupationsQuery("", "de")).Errors.Select(e => e.ErrorMessage);

            messages.ShouldContain(m => m.Contains("Zoektekst"));
            messages.ShouldContain("Kies een van deze talen: en, nl, pl, fr, es.");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private string[] ErrorKeys(SearchOccupationsQuery query) =>
        _validator.Validate(query).Errors.Select(e => e.PropertyName).Distinct().ToArray();
}
