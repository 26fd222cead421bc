using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Alerts.Mailing;
using TalentMatch.Infrastructure.Alerts.Mailing;

namespace TalentMatch.Infrastructure.IntegrationTests.Alerts.Mailing;

public sealed class AlertMailingOptionsValidatorTests
{
    [Fact]
    public async Task Defaults_AreTenADayAndDigestsAtEight_AndSettingsOverrideThem()
    {
        await using var defaults = await AlertMailingHarness.CreateAsync(new Dictionary<string, string?>());
        await using var custom = await AlertMailingHarness.CreateAsync(new Dictionary<string, string?>
        {
            ["Alerts:Mailing:DailyCapPerUser"] = "4", ["Alerts:Mailing:DigestHour"] = "07:30",
        });

        defaults.Services.GetRequiredService<AlertMailingPolicy>().ShouldBe(new AlertMailingPolicy(10, new TimeOnly(8, 0)));
        custom.Services.GetRequiredService<AlertMailingPolicy>().ShouldBe(new AlertMailingPolicy(4, new TimeOnly(7, 30)));
    }

    [Theory]
    [InlineData("00:00:00", 10, "08:00")]
    [InlineData("00:00:15", 0, "08:00")]
    [InlineData("00:00:15", 10, "1.00:00:00")]
    [InlineData("00:00:15", 10, "-01:00")]
    public void Validate_BadSettings_Fail(string poll, int cap, string digest)
    {
        var options = new AlertMailingOptions
        {
            PollInterval = TimeSpan.Parse(poll, System.Globalization.CultureInfo.InvariantCulture),
            DailyCapPerUser = cap,
            DigestHour = TimeSpan.Parse(digest, System.Globalization.CultureInfo.InvariantCulture),
        };

        new AlertMailingOptionsValidator().Validate(null, options).Failed.ShouldBeTrue();
    }

    [Fact]
    public void Validate_Defaults_Succeed() =>
        new AlertMailingOptionsValidator().Validate(null, new AlertMailingOptions()).ShouldBe(ValidateOptionsResult.Success);
}
