using System.Globalization;
using TalentMatch.Application.Accounts.RegisterCandidate;
using TalentMatch.Application.Accounts.RegisterEmployer;
using TalentMatch.Application.UnitTests.Support;

namespace TalentMatch.Application.UnitTests.Accounts;

public sealed class RegisterValidatorTests
{
    private static readonly ListPasswordPolicy Policy = new("password", "welkom01");

    private static readonly RegisterCandidateCommand ValidCandidate = new("ana@example.org", "tulpen fiets", "Ana", "en");
    private static readonly RegisterEmployerCommand ValidEmployer = new("hr@zorg.nl", "tulpen fiets", "Zorg", "12345678", "nl");

    [Fact]
    public void Validate_ValidCommands_Pass()
    {
        new RegisterCandidateValidator(Policy).Validate(ValidCandidate).IsValid.ShouldBeTrue();
        new RegisterEmployerValidator(Policy).Validate(ValidEmployer).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("", "Email")]
    [InlineData("not-an-email", "Email")]
    public void Validate_BadEmail_FailsOnEmail(string email, string property) =>
        new RegisterCandidateValidator(Policy).Validate(ValidCandidate with { Email = email }).Errors
            .ShouldContain(e => e.PropertyName == property);

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(64, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void Validate_PasswordLength_FollowsAsvs(int length, bool valid) =>
        new RegisterCandidateValidator(Policy).Validate(ValidCandidate with { Password = new string('a', length) }).IsValid
            .ShouldBe(valid);

    [Theory]
    [InlineData("")]
    [InlineData("1234567")]
    [InlineData("ABCDEFGH")]
    public void Validate_BadKvkNumber_FailsOnKvkNumber(string kvk) =>
        new RegisterEmployerValidator(Policy).Validate(ValidEmployer with { KvkNumber = kvk }).Errors
            .ShouldContain(e => e.PropertyName == "KvkNumber");

    [Theory]
    [InlineData("password")]
    [InlineData("WELKOM01")]
    public void Validate_CommonPassword_FailsOnPasswordEvenWithOtherErrors(string password)
    {
        var errors = new RegisterEmployerValidator(Policy).Validate(ValidEmployer with { Password = password, KvkNumber = "1" }).Errors;

        errors.ShouldContain(e => e.PropertyName == "Password" && e.ErrorMessage.Contains("most common"));
        errors.ShouldContain(e => e.PropertyName == "KvkNumber");
    }

    [Fact]
    public void Validate_UnsupportedCulture_Fails() =>
        new RegisterCandidateValidator(Policy).Validate(ValidCandidate with { Culture = "de" }).Errors
            .ShouldContain(e => e.PropertyName == "Culture");

    [Fact]
    public void Validate_InDutch_GivesDutchMessages()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("nl");
        try
        {
            var errors = new RegisterEmployerValidator(Policy).Validate(ValidEmployer with { KvkNumber = "123", OrganisationName = "" }).Errors;

            errors.Single(e => e.PropertyName == "KvkNumber").ErrorMessage.ShouldBe("Een KvK-nummer heeft precies 8 cijfers.");
            errors.Single(e => e.PropertyName == "OrganisationName").ErrorMessage.ShouldContain("Naam organisatie");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
