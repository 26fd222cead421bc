using TalentMatch.Application.UnitTests.Matching;
using TalentMatch.Application.Vacancies.SearchVacancies;
using TalentMatch.Infrastructure.Places;

namespace TalentMatch.Application.UnitTests.Vacancies.SearchVacancies;

public sealed class SearchVacanciesValidatorTests
{
    private static readonly SearchVacanciesValidator Validator = new(new ShippedPlaceDirectory());

    private static readonly string Welder = MatchExamples.Welder.Value;

    [Fact]
    public void Validate_NoInput_Valid() => ErrorKeys(new SearchVacanciesQuery()).ShouldBeEmpty();

    [Fact]
    public void Validate_EveryFilterWellFormed_Valid() => ErrorKeys(new SearchVacanciesQuery(
        Q: "lasser", Sector: ["construction", "Healthcare", " energy_transition "], Occupation: [Welder],
        OccupationGroup: ["721"], Near: "Den Haag", RadiusKm: 25, HoursMin: 24, HoursMax: 40,
        Contract: ["Permanent", "fixedterm"], Language: ["nl:B1", "en:C1"], SalaryMin: 2500, SponsorsVisa: true,
        Housing: false, PostedSince: new DateOnly(2026, 11, 1), Sort: "distance", Page: 3, PageSize: 100)).ShouldBeEmpty();

    [Fact]
    public void Validate_TextOfMaxLength_Valid() =>
        ErrorKeys(new SearchVacanciesQuery(Q: new string('a', SearchVacanciesValidator.TextMaxLength))).ShouldBeEmpty();

    [Fact]
    public void Validate_TextTooLong_FailsOnQ() =>
        ErrorKeys(new SearchVacanciesQuery(Q: new string('a', SearchVacanciesValidator.TextMaxLength + 1))).ShouldBe(["q"]);

    [Theory]
    [InlineData("retail")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("energy transition")]
    public void Validate_UnknownSector_FailsOnSector(string sector) =>
        ErrorKeys(new SearchVacanciesQuery(Sector: ["construction", sector])).ShouldBe(["sector"]);

    [Fact]
    public void Validate_MaxValuesInAFilter_Valid() => ErrorKeys(new SearchVacanciesQuery(
        Sector: [.. Enumerable.Repeat("construction", SearchVacanciesValidator.MaxValuesPerFilter)])).ShouldBeEmpty();

    [Fact]
    public void Validate_TooManyValuesInAFilter_FailsOnThatFilter() => ErrorKeys(new SearchVacanciesQuery(
        Language: [.. Enumerable.Repeat("nl:B1", SearchVacanciesValidator.MaxValuesPerFilter + 1)])).ShouldBe(["language"]);

    [Theory]
    [InlineData("welder")]
    [InlineData("http://data.europa.eu/esco/skill/00000000-0000-4000-8000-0000000000a1")]
    [InlineData("7aedaa07-3884-4c5b-88f9-80997b2aa54b")]
    public void Validate_NotAnOccupationUri_FailsOnOccupation(string occupation) =>
        ErrorKeys(new SearchVacanciesQuery(Occupation: [occupation])).ShouldBe(["occupation"]);

    [Theory]
    [InlineData("72")]
    [InlineData("7212")]
    [InlineData("72a")]
    [InlineData("７２１")]
    public void Validate_OccupationGroupNotThreeDigits_FailsOnOccupationGroup(string group) =>
        ErrorKeys(new SearchVacanciesQuery(OccupationGroup: [group])).ShouldBe(["occupationGroup"]);

    [Theory]
    [InlineData("Fulltime")]
    [InlineData("0")]
    [InlineData("2")]
    public void Validate_UnknownContract_FailsOnContract(string contract) =>
        ErrorKeys(new SearchVacanciesQuery(Contract: [contract])).ShouldBe(["contract"]);

    [Theory]
    [InlineData("xx:B1")]
    [InlineData("nl:D9")]
    [InlineData("nl")]
    [InlineData("nl:1")]
    public void Validate_MalformedLanguage_FailsOnLanguage(string language) =>
        ErrorKeys(new SearchVacanciesQuery(Language: [language])).ShouldBe(["language"]);

    [Theory]
    [InlineData("Leiden")]
    [InlineData(" katwijk ")]
    [InlineData("'s-Gravenhage")]
    public void Validate_KnownPlace_Valid(string place) =>
        ErrorKeys(new SearchVacanciesQuery(Near: place, RadiusKm: 10)).ShouldBeEmpty();

    [Fact]
    public void Validate_UnknownPlace_FailsOnNear() =>
        ErrorKeys(new SearchVacanciesQuery(Near: "Atlantis")).ShouldBe(["near"]);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(300.5)]
    public void Validate_RadiusOutOfRange_FailsOnRadius(double radius) =>
        ErrorKeys(new SearchVacanciesQuery(Near: "Leiden", RadiusKm: radius)).ShouldBe(["radiusKm"]);

    [Theory]
    [InlineData(1)]
    [InlineData(SearchVacanciesValidator.MaxRadiusKm)]
    public void Validate_RadiusAtTheLimits_Valid(double radius) =>
        ErrorKeys(new SearchVacanciesQuery(Near: "Leiden", RadiusKm: radius)).ShouldBeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_RadiusWithoutPlace_FailsOnRadius(string? near) =>
        ErrorKeys(new SearchVacanciesQuery(Near: near, RadiusKm: 10)).ShouldBe(["radiusKm"]);

    [Fact]
    public void Validate_SeveralWrongFilters_OneErrorEach() => ErrorKeys(new SearchVacanciesQuery(
        Sector: ["retail"], Contract: ["x"], Near: "Atlantis", SalaryMin: -1)).ShouldBe(
        ["sector", "contract", "near", "salaryMin"], ignoreOrder: true);

    private static IReadOnlyList<string> ErrorKeys(SearchVacanciesQuery query) =>
        [.. Validator.Validate(query).Errors.Select(e => e.PropertyName).Distinct()];
}
