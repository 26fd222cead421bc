using TalentMatch.Application.Vacancies.SearchVacancies;
using TalentMatch.Infrastructure.Places;

namespace TalentMatch.Application.UnitTests.Vacancies.SearchVacancies;

public sealed class SearchVacanciesRangeValidatorTests
{
    private static readonly SearchVacanciesValidator Validator = new(new ShippedPlaceDirectory());

    [Theory]
    [InlineData(0, null, "hoursMin")]
    [InlineData(49, null, "hoursMin")]
    [InlineData(null, 0, "hoursMax")]
    [InlineData(null, 49, "hoursMax")]
    [InlineData(32, 24, "hoursMax")]
    public void Validate_HoursOutOfRangeOrReversed_FailsOnThatField(int? min, int? max, string key) =>
        ErrorKeys(new SearchVacanciesQuery(HoursMin: min, HoursMax: max)).ShouldBe([key]);

    [Theory]
    [InlineData(1, 48)]
    [InlineData(32, 32)]
    public void Validate_HoursInRange_Valid(int min, int max) =>
        ErrorKeys(new SearchVacanciesQuery(HoursMin: min, HoursMax: max)).ShouldBeEmpty();

    [Theory]
    [InlineData(-1)]
    [InlineData(25_001)]
    public void Validate_SalaryOutOfRange_FailsOnSalaryMin(int salary) =>
        ErrorKeys(new SearchVacanciesQuery(SalaryMin: salary)).ShouldBe(["salaryMin"]);

    [Theory]
    [InlineData(0)]
    [InlineData(25_000)]
    public void Validate_SalaryInRange_Valid(int salary) =>
        ErrorKeys(new SearchVacanciesQuery(SalaryMin: salary)).ShouldBeEmpty();

    [Theory]
    [InlineData("price")]
    [InlineData("1")]
    public void Validate_UnknownSort_FailsOnSort(string sort) =>
        ErrorKeys(new SearchVacanciesQuery(Sort: sort)).ShouldBe(["sort"]);

    [Theory]
    [InlineData("DATE")]
    [InlineData("salary")]
    [InlineData("")]
    public void Validate_KnownSortWithoutPlace_Valid(string sort) =>
        ErrorKeys(new SearchVacanciesQuery(Sort: sort)).ShouldBeEmpty();

    [Fact]
    public void Validate_SortByDistanceWithoutPlace_FailsOnSort() =>
        ErrorKeys(new SearchVacanciesQuery(Sort: "Distance")).ShouldBe(["sort"]);

    [Theory]
    [InlineData(0, null, "page")]
    [InlineData(10_001, null, "page")]
    [InlineData(null, 0, "pageSize")]
    [InlineData(null, 101, "pageSize")]
    public void Validate_PagingOutOfRange_FailsOnThatField(int? page, int? size, string key) =>
        ErrorKeys(new SearchVacanciesQuery(Page: page, PageSize: size)).ShouldBe([key]);

    private static IReadOnlyList<string> ErrorKeys(SearchVacanciesQuery query) =>
        [.. Validator.Validate(query).Errors.Select(e => e.PropertyName).Distinct()];
}
