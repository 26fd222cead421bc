using TalentMatch.Application.Alerts.ChangeAlert;
using TalentMatch.Application.Alerts.CreateAlert;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Application.Vacancies.SearchVacancies;

namespace TalentMatch.Application.UnitTests.Alerts;

public sealed class CreateAlertValidatorTests
{
    private readonly CreateAlertValidator _validator = new(new FakePlaces());

    public static TheoryData<CreateAlertCommand, string> BadInput() => new()
    {
        { new CreateAlertCommand(null), "kind" },
        { new CreateAlertCommand("Everything"), "kind" },
        { new CreateAlertCommand("1"), "kind" },
        { new CreateAlertCommand("SavedSearch"), "search" },
        { new CreateAlertCommand("SavedSearch", Search: new(Near: "Atlantis")), "search.near" },
        { new CreateAlertCommand("SavedSearch", Search: new(RadiusKm: 25)), "search.radiusKm" },
        { new CreateAlertCommand("SavedSearch", Search: new(Sector: ["fishing"])), "search.sector" },
        { new CreateAlertCommand("SavedSearch", Search: new(Q: new string('x', 201))), "search.q" },
        { new CreateAlertCommand("SavedSearch", Search: new(Language: ["klingon:C2"])), "search.language" },
        { new CreateAlertCommand("SavedSearch", Search: new(HoursMin: 40, HoursMax: 20)), "search.hoursMax" },
        { new CreateAlertCommand("SavedSearch", Search: new(), VacancyId: Guid.NewGuid()), "vacancyId" },
        { new CreateAlertCommand("MatchingVacancies", Search: new(Q: "lasser")), "search" },
        { new CreateAlertCommand("MatchingCandidates"), "vacancyId" },
        { new CreateAlertCommand("SavedSearch", Search: new(), Frequency: "Hourly"), "frequency" },
        { new CreateAlertCommand("SavedSearch", Search: new(), Name: new string('n', 101)), "name" },
        { new CreateAlertCommand("SavedSearch", Search: new(), QuietFrom: "22:00"), "quietUntil" },
        { new CreateAlertCommand("SavedSearch", Search: new(), QuietUntil: "07:00"), "quietUntil" },
        { new CreateAlertCommand("SavedSearch", Search: new(), QuietFrom: "25:00", QuietUntil: "07:00"), "quietFrom" },
        { new CreateAlertCommand("SavedSearch", Search: new(), QuietFrom: "22:00", QuietUntil: "late"), "quietUntil" },
        { new CreateAlertCommand("SavedSearch", Search: new(), QuietFrom: "22:00", QuietUntil: "22:00"), "quietUntil" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Validate_BadInput_NamesTheField(CreateAlertCommand command, string field)
    {
        var result = _validator.Validate(command);

        result.IsValid.ShouldBeFalse();
        result.Errors.Select(e => e.PropertyName).ShouldContain(field);
    }

    [Fact]
    public void Validate_TheSearchPagesOwnRules_GiveTheSameMessages()
    {
        var search = new SearchVacanciesQuery(Near: "Atlantis", RadiusKm: 500);
        var own = new SearchVacanciesValidator(new FakePlaces()).Validate(search).Errors.Select(e => (e.PropertyName, e.ErrorMessage));

        var asAlert = _validator.Validate(new CreateAlertCommand("SavedSearch", Search: search)).Errors
            .Select(e => (e.PropertyName, e.ErrorMessage));

        asAlert.ShouldBe(own.Select(e => ("search." + e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public void Validate_InDutch_GivesDutchMessages()
    {
        using var _ = Culture.Use("nl");

        var result = _validator.Validate(new CreateAlertCommand("SavedSearch", Search: new(), QuietFrom: "22:00", QuietUntil: "22:00"));

        result.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("De stille uren moeten op een ander tijdstip eindigen dan ze beginnen.");
    }

    [Theory]
    [InlineData("22:00", "07:00")]
    [InlineData("9:30", "17:00")]
    [InlineData(null, null)]
    [InlineData("", " ")]
    public void Validate_GoodQuietHours_AreAccepted(string? from, string? until) =>
        _validator.Validate(new CreateAlertCommand("SavedSearch", Search: new(Q: "lasser", Near: "Leiden", RadiusKm: 25),
            Frequency: "Weekly", QuietFrom: from, QuietUntil: until)).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData(null, "Daily")]
    [InlineData("  ", "Daily")]
    [InlineData("Mine", "Sometimes")]
    [InlineData("Mine", null)]
    public void ChangeValidator_RequiresNameAndFrequency(string? name, string? frequency) =>
        new ChangeAlertValidator().Validate(new ChangeAlertCommand(Guid.NewGuid(), name, frequency)).IsValid.ShouldBeFalse();
}
