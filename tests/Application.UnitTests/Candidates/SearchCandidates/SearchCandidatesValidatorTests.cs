using TalentMatch.Application.Candidates.SearchCandidates;
using TalentMatch.Application.UnitTests.Matching;
using TalentMatch.Application.Vacancies.SearchVacancies;
using TalentMatch.Infrastructure.Places;

namespace TalentMatch.Application.UnitTests.Candidates.SearchCandidates;

public sealed class SearchCandidatesValidatorTests
{
    private const string WeldMetal = "http://data.europa.eu/esco/skill/00000000-0000-4000-8000-0000000000a1";

    private static readonly SearchCandidatesValidator Validator = new(new ShippedPlaceDirectory());

    [Fact]
    public void Validate_NoInput_Valid() => ErrorKeys(new SearchCandidatesQuery()).ShouldBeEmpty();

    [Fact]
    public void Validate_EveryFilterWellFormed_Valid() => ErrorKeys(new SearchCandidatesQuery(
        Q: "spawacz", Sector: ["Construction"], Occupation: [MatchExamples.Welder.Value], Skill: [WeldMetal],
        Language: ["nl:A2"], Near: "Leiderdorp", RadiusKm: 50, Page: 1, PageSize: 20)).ShouldBeEmpty();

    [Fact]
    public void Validate_TextTooLong_FailsOnQ() => ErrorKeys(new SearchCandidatesQuery(
        Q: new string('a', SearchVacanciesValidator.TextMaxLength + 1))).ShouldBe(["q"]);

    [Fact]
    public void Validate_UnknownSector_FailsOnSector() =>
        ErrorKeys(new SearchCandidatesQuery(Sector: ["retail"])).ShouldBe(["sector"]);

    [Fact]
    public void Validate_SkillUriAsOccupation_FailsOnOccupation() =>
        ErrorKeys(new SearchCandidatesQuery(Occupation: [WeldMetal])).ShouldBe(["occupation"]);

    [Theory]
    [InlineData("weld metal")]
    [InlineData("http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b")]
    [InlineData("")]
    public void Validate_NotASkillUri_FailsOnSkill(string skill) =>
        ErrorKeys(new SearchCandidatesQuery(Skill: [WeldMetal, skill])).ShouldBe(["skill"]);

    [Fact]
    public void Validate_TooManySkills_FailsOnSkill() => ErrorKeys(new SearchCandidatesQuery(
        Skill: [.. Enumerable.Repeat(WeldMetal, SearchVacanciesValidator.MaxValuesPerFilter + 1)])).ShouldBe(["skill"]);

    [Theory]
    [InlineData("xx:B1")]
    [InlineData("nl:D9")]
    [InlineData("nl")]
    [InlineData("nl:1")]
    public void Validate_MalformedLanguage_FailsOnLanguage(string language) =>
        ErrorKeys(new SearchCandidatesQuery(Language: [language])).ShouldBe(["language"]);

    [Fact]
    public void Validate_UnknownPlace_FailsOnNear() =>
        ErrorKeys(new SearchCandidatesQuery(Near: "Atlantis")).ShouldBe(["near"]);

    [Theory]
    [InlineData(0)]
    [InlineData(301)]
    public void Validate_RadiusOutOfRange_FailsOnRadius(double radius) =>
        ErrorKeys(new SearchCandidatesQuery(Near: "Leiden", RadiusKm: radius)).ShouldBe(["radiusKm"]);

    [Fact]
    public void Validate_RadiusWithoutPlace_FailsOnRadius() =>
        ErrorKeys(new SearchCandidatesQuery(RadiusKm: 10)).ShouldBe(["radiusKm"]);

    [Theory]
    [InlineData(0, null, "page")]
    [InlineData(null, 101, "pageSize")]
    public void Validate_PagingOutOfRange_FailsOnThatField(int? page, int? size, string key) =>
        ErrorKeys(new SearchCandidatesQuery(Page: page, PageSize: size)).ShouldBe([key]);

    private static IReadOnlyList<string> ErrorKeys(SearchCandidatesQuery query) =>
        [.. Validator.Validate(query).Errors.Select(e => e.PropertyName).Distinct()];
}
