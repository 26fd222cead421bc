using Microsoft.AspNetCore.DataProtection;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;
using TalentMatch.Infrastructure.Alerts.Mailing;

namespace TalentMatch.Infrastructure.IntegrationTests.Alerts.Mailing;

public sealed class DataProtectionUnsubscribeTokensTests
{
    private readonly EphemeralDataProtectionProvider _keys = new();

    [Theory]
    [InlineData(1, "nl")]
    [InlineData(20, "en")]
    public void Read_GivesBackTheAlertsAndTheLanguage(int alerts, string culture)
    {
        var tokens = new DataProtectionUnsubscribeTokens(_keys);
        var ids = Enumerable.Range(0, alerts).Select(_ => AlertSubscriptionId.New()).ToList();

        var token = tokens.Create(new UnsubscribeToken(ids, culture));

        var read = tokens.Read(token).ShouldNotBeNull();
        read.Subscriptions.ShouldBe(ids);
        read.Culture.ShouldBe(culture);
        token.ShouldAllBe(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'); // URL-safe as it is
        ("<https://talentmatch.leiden.nl/alerts/unsubscribe?token=" + token + ">").Length.ShouldBeLessThan(900); // a header line
    }

    [Fact]
    public void Read_AnyChangedCharacter_OrACutShortToken_IsRefused()
    {
        var tokens = new DataProtectionUnsubscribeTokens(_keys);
        var token = tokens.Create(new UnsubscribeToken([AlertSubscriptionId.New()], "en"));

        for (var i = 0; i < token.Length; i++)
        {
            var changed = token[..i] + (token[i] == 'x' ? 'y' : 'x') + token[(i + 1)..];
            tokens.Read(changed).ShouldBeNull($"a change at {i} was accepted");
        }

        foreach (var length in new[] { 0, 1, 10, token.Length / 2, token.Length - 1 })
        {
            tokens.Read(token[..length]).ShouldBeNull($"a token cut to {length} characters was accepted");
        }

        tokens.Read("%%% not base64 %%%").ShouldBeNull();
    }

    [Fact]
    public void Read_ATokenOfAnotherKeyRingOrPurpose_IsRefused()
    {
        var token = new DataProtectionUnsubscribeTokens(_keys).Create(new UnsubscribeToken([AlertSubscriptionId.New()], "en"));
        var otherPurpose = System.Buffers.Text.Base64Url.EncodeToString(
            _keys.CreateProtector("TalentMatch.Something.Else").Protect(new byte[19]));

        new DataProtectionUnsubscribeTokens(new EphemeralDataProtectionProvider()).Read(token).ShouldBeNull();
        new DataProtectionUnsubscribeTokens(_keys).Read(otherPurpose).ShouldBeNull();
    }

    [Fact]
    public void Create_NoAlertsOrTooMany_IsRefused()
    {
        var tokens = new DataProtectionUnsubscribeTokens(_keys);

        Should.Throw<ArgumentException>(() => tokens.Create(new UnsubscribeToken([], "en")));
        Should.Throw<ArgumentException>(() => tokens.Create(new UnsubscribeToken(
            [.. Enumerable.Range(0, 21).Select(_ => AlertSubscriptionId.New())], "en")));
    }
}
