using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Application.Vacancies.CreateVacancy;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.UnitTests.Vacancies;

public sealed class VacancyFieldsValidatorTests : IDisposable
{
    private readonly VacancyFixture _fixture = new();

    public static TheoryData<string, string> BadFields() => new()
    {
        { "title-empty", "Title" },
        { "title-long", "Title" },
        { "description-long", "Description" },
        { "sector", "Sector" },
        { "occupation-malformed", "OccupationUri" },
        { "occupation-unknown", "OccupationUri" },
        { "skill-unknown", "Skills[0].Uri" },
        { "skill-relation", "Skills[0].Relation" },
        { "skills-too-many", "Skills" },
        { "language", "Languages[0].Language" },
        { "level", "Languages[0].Level" },
        { "languages-too-many", "Languages" },
        { "education", "EducationLevel" },
        { "certificate", "Certificates" },
        { "hours-min", "HoursMin" },
        { "hours-max", "HoursMax" },
        { "hours-order", "HoursMax" },
        { "hours-half", "HoursMax" },
        { "contract", "ContractType" },
        { "contract-number", "ContractType" },
        { "salary-low", "SalaryFrom" },
        { "salary-high", "SalaryTo" },
        { "salary-order", "SalaryTo" },
        { "salary-half", "SalaryFrom" },
        { "place", "Place" },
        { "work-mode", "WorkMode" },
        { "closing-date", "ClosingDate" },
        { "start-date", "StartDate" },
    };

    [Fact]
    public async Task Validate_CompleteWelder_Passes() =>
        (await _fixture.FieldsValidator.ValidateAsync(VacancyFixture.Welder())).Errors.ShouldBeEmpty();

    [Fact]
    public async Task Validate_DraftWithTitleOnly_Passes() =>
        (await _fixture.FieldsValidator.ValidateAsync(new VacancyFields("Lasser"))).IsValid.ShouldBeTrue();

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Validate_BadField_FailsOnThatField(string change, string property)
    {
        var errors = (await _fixture.FieldsValidator.ValidateAsync(Break(VacancyFixture.Welder(), change))).Errors;

        errors.ShouldContain(e => e.PropertyName == property, $"{change}: {string.Join("; ", errors)}");
    }

    [Fact]
    public async Task CreateValidator_KeepsFieldNamesUnprefixed()
    {
        var validator = new CreateVacancyValidator(_fixture.FieldsValidator);

        var errors = (await validator.ValidateAsync(new CreateVacancyCommand(VacancyFixture.Welder() with { Title = "", Place = "Atlantis" }))).Errors;

        errors.Select(e => e.PropertyName).ShouldBe(["Title", "Place"], ignoreOrder: true);
    }

    [Fact]
    public async Task Validate_InEnglishAndDutch_GivesTheLanguagesMessages()
    {
        var bad = VacancyFixture.Welder() with { Place = "Atlantis", SalaryFrom = 3400, SalaryTo = 2800, Title = "" };
        using (Culture.Use("en"))
        {
            var errors = (await _fixture.FieldsValidator.ValidateAsync(bad)).Errors;
            errors.Single(e => e.PropertyName == "Place").ErrorMessage.ShouldStartWith("We do not know this place.");
            errors.Single(e => e.PropertyName == "SalaryTo").ErrorMessage.ShouldBe("The highest salary cannot be less than the lowest.");
            errors.Single(e => e.PropertyName == "Title").ErrorMessage.ShouldContain("Job title");
        }

        using (Culture.Use("nl"))
        {
            var errors = (await _fixture.FieldsValidator.ValidateAsync(bad)).Errors;
            errors.Single(e => e.PropertyName == "Place").ErrorMessage.ShouldStartWith("Deze plaats kennen we niet.");
            errors.Single(e => e.PropertyName == "SalaryTo").ErrorMessage.ShouldBe("Het hoogste salaris kan niet lager zijn dan het laagste.");
            errors.Single(e => e.PropertyName == "Title").ErrorMessage.ShouldContain("Functietitel");
        }
    }

    private static VacancyFields Break(VacancyFields f, string change) => change switch
    {
        "title-empty" => f with { Title = " " },
        "title-long" => f with { Title = new string('x', 151) },
        "description-long" => f with { Description = new string('x', 20_001) },
        "sector" => f with { Sector = "fishing" },
        "occupation-malformed" => f with { OccupationUri = "javascript:alert(1)" },
        "occupation-unknown" => f with { OccupationUri = "http://data.europa.eu/esco/occupation/unknown" },
        "skill-unknown" => f with { Skills = [new SkillRequirement("http://data.europa.eu/esco/skill/unknown", "Essential")] },
        "skill-relation" => f with { Skills = [new SkillRequirement(f.Skills![0].Uri, "Sometimes")] },
        "skills-too-many" => f with { Skills = [.. Enumerable.Repeat(f.Skills![0], 41)] },
        "language" => f with { Languages = [new LanguageRequirement("xx", "B1")] },
        "level" => f with { Languages = [new LanguageRequirement("nl", "B3")] },
        "languages-too-many" => f with { Languages = [.. Enumerable.Repeat(new LanguageRequirement("nl", "B1"), 7)] },
        "education" => f with { EducationLevel = "Mbo9" },
        "certificate" => f with { Certificates = ["VCA-BASIS", "NOPE"] },
        "hours-min" => f with { HoursMin = 0 },
        "hours-max" => f with { HoursMax = 49 },
        "hours-order" => f with { HoursMin = 40, HoursMax = 32 },
        "hours-half" => f with { HoursMax = null },
        "contract" => f with { ContractType = "Forever" },
        "contract-number" => f with { ContractType = "2" },
        "salary-low" => f with { SalaryFrom = 99 },
        "salary-high" => f with { SalaryTo = 25_001 },
        "salary-order" => f with { SalaryFrom = 3400, SalaryTo = 2800 },
        "salary-half" => f with { SalaryFrom = null },
        "place" => f with { Place = "Atlantis" },
        "work-mode" => f with { WorkMode = "Underwater" },
        "closing-date" => f with { ClosingDate = new DateOnly(2999, 1, 1) },
        "start-date" => f with { StartDate = new DateOnly(2999, 1, 1) },
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
    };

    public void Dispose() => _fixture.Dispose();
}
