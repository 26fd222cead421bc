using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Accounts.RegisterCandidate;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.UnitTests.Accounts;

public sealed class RegisterCandidateHandlerTests : IDisposable
{
    private readonly UseCaseFixture _fixture = new();

    private RegisterCandidateHandler Handler => new(_fixture.Db, _fixture.Identity, _fixture.Emails, _fixture.Clock);

    [Fact]
    public async Task Handle_NewEmail_CreatesCandidateAndQueuesConfirmationInTheirLanguage()
    {
        await Handler.Handle(new RegisterCandidateCommand("ana@example.org", "tulpen fiets", "Ana", "nl"), default);

        var account = _fixture.Identity.Accounts.ShouldHaveSingleItem();
        account.Roles.ShouldBe([Roles.Candidate]);
        account.EmailConfirmed.ShouldBeFalse();
        await using var check = _fixture.NewContext();
        (await check.Candidates.SingleAsync()).UserId.ShouldBe(account.Id);
        var email = await check.OutboundEmails.SingleAsync();
        email.ToAddress.ShouldBe("ana@example.org");
        email.Subject.ShouldBe("ConfirmEmail (nl)");
        email.TextBody.ShouldContain($"confirm-{account.Id}");
    }

    [Fact]
    public async Task Handle_ExistingEmail_CreatesNothingAndWarnsTheOwner()
    {
        await _fixture.Identity.CreateAsync("ana@example.org", "x", Roles.Candidate, "en", true, default);

        await Handler.Handle(new RegisterCandidateCommand("ANA@example.org", "tulpen fiets", "Impostor", "en"), default);

        _fixture.Identity.Accounts.Count.ShouldBe(1);
        await using var check = _fixture.NewContext();
        (await check.Candidates.CountAsync()).ShouldBe(0);
        (await check.OutboundEmails.SingleAsync()).Subject.ShouldBe("AlreadyRegistered (en)");
    }

    [Fact]
    public async Task Handle_RepeatedWithinTheHour_QueuesOneWarning()
    {
        await _fixture.Identity.CreateAsync("ana@example.org", "x", Roles.Candidate, "en", true, default);
        var command = new RegisterCandidateCommand("ana@example.org", "tulpen fiets", "Ana", "en");

        await Handler.Handle(command, default);
        await Handler.Handle(command, default);
        _fixture.Clock.Advance(TimeSpan.FromHours(1));
        await Handler.Handle(command, default);

        await using var check = _fixture.NewContext();
        (await check.OutboundEmails.CountAsync()).ShouldBe(2);
    }

    public void Dispose() => _fixture.Dispose();
}
