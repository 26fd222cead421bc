using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Alerts.GetUnsubscribeLink;
using TalentMatch.Application.Alerts.Unsubscribe;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.UnitTests.Alerts;

public sealed class UnsubscribeHandlerTests : IAsyncLifetime
{
    private AlertWorld _w = null!;

    public async Task InitializeAsync() => _w = await AlertWorld.CreateAsync();

    public Task DisposeAsync()
    {
        _w.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Link_NamesItsAlerts_FirstUseDeletesThem_SecondUseFindsNothing()
    {
        var one = await _w.SavedSearchAsync("lasser");
        var two = await _w.SavedSearchAsync("metselaar");
        var kept = await _w.SavedSearchAsync("timmerman");
        var token = _w.Tokens.Create(new UnsubscribeToken([new(one.Id), new(two.Id)], "nl"));

        var preview = await Preview(token);
        var first = await Unsubscribe(token);
        var second = await Unsubscribe(token);

        preview.Culture.ShouldBe("nl");
        preview.AlertNames.ShouldBe([one.Name, two.Name]);
        (first.Removed, second.Removed).ShouldBe((2, 0));
        (await Preview(token)).AlertNames.ShouldBeEmpty();
        (await _w.Db.AlertSubscriptions.AsNoTracking().Select(a => a.Id).ToListAsync()).ShouldBe([new AlertSubscriptionId(kept.Id)]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8")]
    public async Task BadToken_IsAFieldError(string? token)
    {
        var error = await Should.ThrowAsync<ValidationException>(() => Unsubscribe(token));

        error.Errors.Keys.ShouldBe(["token"]);
    }

    [Fact]
    public async Task TamperedOrTruncatedToken_IsAFieldError_AndDeletesNothing()
    {
        var alert = await _w.SavedSearchAsync();
        var token = _w.Tokens.Create(new UnsubscribeToken([new(alert.Id)], "en"));
        var flipped = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        await Should.ThrowAsync<ValidationException>(() => Unsubscribe(flipped));
        await Should.ThrowAsync<ValidationException>(() => Unsubscribe(token[..^4]));
        await Should.ThrowAsync<ValidationException>(() => Preview(token[..^1]));

        (await _w.Db.AlertSubscriptions.CountAsync()).ShouldBe(1);
    }

    private async Task<UnsubscribedDto> Unsubscribe(string? token) =>
        await new UnsubscribeHandler(_w.Db, _w.Tokens, NullLogger<UnsubscribeHandler>.Instance).Handle(new UnsubscribeCommand(token), default);

    private async Task<UnsubscribeLinkDto> Preview(string? token) =>
        await new GetUnsubscribeLinkHandler(_w.Db, _w.Tokens).Handle(new GetUnsubscribeLinkQuery(token), default);
}
