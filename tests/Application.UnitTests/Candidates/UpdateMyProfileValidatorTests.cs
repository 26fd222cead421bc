using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Application.Candidates.UpdateMyProfile;
using static TalentMatch.Application.UnitTests.Candidates.ProfileCommands;

namespace TalentMatch.Application.UnitTests.Candidates;

public sealed class UpdateMyProfileValidatorTests
{
    private const string Occupation = "http://data.europa.eu/esco/occupation/";
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly UpdateMyProfileValidator _validator = new(Clock);

    [Fact]
    public void Validate_FullAndMinimalProfiles_Pass()
    {
        _validator.Validate(Full()).Errors.ShouldBeEmpty();
        _validator.Validate(Minimal()).Errors.ShouldBeEmpty();
    }

    public static TheoryData<string, UpdateMyProfileCommand, string> BadInput => new()
    {
        { "no occupation", Full() with { DesiredOccupations = [] }, "DesiredOccupations" },
        { "six occupations", Full() with { DesiredOccupations = [.. Enumerable.Range(1, 6).Select(i => $"{Occupation}{i}")] }, "DesiredOccupations" },
        { "not an occupation URI", Full() with { DesiredOccupations = ["lasser"] }, "DesiredOccupations[0]" },
        { "a skill URI as occupation", Full() with { DesiredOccupations = ["http://data.europa.eu/esco/skill/x"] }, "DesiredOccupations[0]" },
        { "not a skill URI", Full() with { Skills = ["welding"] }, "Skills[0]" },
        { "101 skills", Full() with { Skills = [.. Enumerable.Range(1, 101).Select(i => $"http://data.europa.eu/esco/skill/{i}")] }, "Skills" },
        { "unknown language", Full() with { Languages = [new("xx", "B1")] }, "Languages[0].Language" },
        { "three-letter language", Full() with { Languages = [new("nld", "B1")] }, "Languages[0].Language" },
        { "level beyond C2", Full() with { Languages = [new("nl", "C3")] }, "Languages[0].Level" },
        { "no level", Full() with { Languages = [new("nl", "")] }, "Languages[0].Level" },
        { "language twice", Full() with { Languages = [new("nl", "B1"), new("NL", "C1")] }, "Languages[1].Language" },
        { "eleven languages", Full() with { Languages = [.. "nl en de fr es pl uk ar tr fa so".Split(' ').Select(c => new LanguageSkillInput(c, "B1"))] }, "Languages" },
        { "unknown education level", Full() with { EducationLevel = "Phd" }, "EducationLevel" },
        { "education level as a number", Full() with { EducationLevel = "3" }, "EducationLevel" },
        { "unknown recognition status", Full() with { RecognitionStatus = "Maybe" }, "RecognitionStatus" },
        { "body without evaluation", Full() with { RecognitionStatus = "None", RecognitionBody = "Duo" }, "RecognitionBody" },
        { "evaluation without body", Full() with { RecognitionStatus = "InProgress", RecognitionBody = null }, "RecognitionBody" },
        { "unknown body", Full() with { RecognitionBody = "Ministry" }, "RecognitionBody" },
        { "unknown BIG status", Full() with { BigRegistration = "Pending" }, "BigRegistration" },
        { "badly formed certificate", Full() with { Certificates = ["VCA BASIS!"] }, "Certificates[0]" },
        { "31 certificates", Full() with { Certificates = [.. Enumerable.Range(1, 31).Select(i => $"C{i}")] }, "Certificates" },
        { "unknown work authorisation", Full() with { WorkAuthorisation = "Tourist" }, "WorkAuthorisation" },
        { "available in three years", Full() with { AvailableFrom = new DateOnly(2029, 12, 1) }, "AvailableFrom" },
        { "only a minimum", Full() with { HoursPerWeekMax = null }, "HoursPerWeekMax" },
        { "only a maximum", Full() with { HoursPerWeekMin = null }, "HoursPerWeekMin" },
        { "zero hours", Full() with { HoursPerWeekMin = 0 }, "HoursPerWeekMin" },
        { "41 hours", Full() with { HoursPerWeekMax = 41 }, "HoursPerWeekMax" },
        { "minimum above maximum", Full() with { HoursPerWeekMin = 30, HoursPerWeekMax = 20 }, "HoursPerWeekMin" },
        { "student for 20 hours", Full() with { WorkAuthorisation = "StudentWithHoursLimit", HoursPerWeekMin = 8, HoursPerWeekMax = 20 }, "HoursPerWeekMax" },
        { "home without commute", Full() with { MaxCommuteKm = null }, "MaxCommuteKm" },
        { "commute without home", Full() with { HomePlace = "" }, "HomePlace" },
        { "commute of 201 km", Full() with { MaxCommuteKm = 201 }, "MaxCommuteKm" },
        { "commute of 0 km", Full() with { MaxCommuteKm = 0 }, "MaxCommuteKm" },
        { "home place of 101 characters", Full() with { HomePlace = new string('a', 101) }, "HomePlace" },
        { "unknown housing need", Full() with { HousingNeed = "Castle" }, "HousingNeed" },
        { "unknown group", Full() with { Group = "Tourist" }, "Group" },
        { "null list", Full() with { Skills = null! }, "Skills" },
        { "null language", Full() with { Languages = [null!] }, "Languages[0]" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Validate_BadField_FailsOnThatFieldOnly(string description, UpdateMyProfileCommand command, string field)
    {
        var errors = _validator.Validate(command).Errors;

        errors.Select(e => e.PropertyName).Distinct().ShouldBe([field], description);
        errors.ShouldAllBe(e => e.ErrorMessage.Length > 0);
    }

    [Fact]
    public void Validate_StudentUpToSixteenHours_Passes() =>
        _validator.Validate(Full() with { WorkAuthorisation = "StudentWithHoursLimit", HoursPerWeekMin = 8, HoursPerWeekMax = 16 })
            .IsValid.ShouldBeTrue();

    [Fact]
    public void Validate_ChoicesInAnyCase_Pass() =>
        _validator.Validate(Full() with { EducationLevel = "mbo3", HousingNeed = "needshousing", Languages = [new("NL", "b2")] })
            .IsValid.ShouldBeTrue();

    [Fact]
    public void Validate_ManyMistakes_AreAllReportedAtOnce()
    {
        var errors = _validator.Validate(Full() with
        {
            DesiredOccupations = [], EducationLevel = "x", HoursPerWeekMax = 50, MaxCommuteKm = 500,
        }).Errors;

        errors.Select(e => e.PropertyName).Distinct().Order()
            .ShouldBe(["DesiredOccupations", "EducationLevel", "HoursPerWeekMax", "MaxCommuteKm"]);
    }

    [Theory]
    [InlineData("en", "With a student residence permit you may work at most 16 hours a week; lower the maximum hours.")]
    [InlineData("nl", "Met een verblijfsvergunning voor studie mag u hoogstens 16 uur per week werken; verlaag het maximale aantal uur.")]
    public void Validate_StudentHours_ExplainsInTheUsersLanguage(string culture, string message)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            _validator.Validate(Full() with { WorkAuthorisation = "StudentWithHoursLimit" }).Errors
                .ShouldHaveSingleItem().ErrorMessage.ShouldBe(message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
