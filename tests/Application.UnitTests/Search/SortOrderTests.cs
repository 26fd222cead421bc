using TalentMatch.Application.Search;

namespace TalentMatch.Application.UnitTests.Search;

public sealed class SortOrderTests
{
    [Theory]
    [InlineData("relevance", VacancySort.Relevance)]
    [InlineData("date", VacancySort.Date)]
    [InlineData("Distance", VacancySort.Distance)]
    [InlineData(" SALARY ", VacancySort.Salary)]
    public void TryParse_KnownName_AnyCase_ParsesIt(string value, VacancySort expected)
    {
        SortOrder.TryParse(value, out var sort).ShouldBeTrue();
        sort.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_NoValue_IsRelevance(string? value)
    {
        SortOrder.TryParse(value, out var sort).ShouldBeTrue();
        sort.ShouldBe(VacancySort.Relevance);
    }

    [Theory]
    [InlineData("price")]
    [InlineData("1")]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("99")]
    [InlineData("datum")]
    public void TryParse_UnknownNameOrNumber_Fails(string value) => SortOrder.TryParse(value, out _).ShouldBeFalse();

    [Theory]
    [InlineData("date", VacancySort.Date)]
    [InlineData("price", VacancySort.Relevance)]
    [InlineData("2", VacancySort.Relevance)]
    [InlineData(null, VacancySort.Relevance)]
    public void Parse_FallsBackToRelevance(string? value, VacancySort expected) => SortOrder.Parse(value).ShouldBe(expected);
}
