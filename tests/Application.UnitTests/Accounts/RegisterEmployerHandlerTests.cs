using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Accounts.RegisterEmployer;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.UnitTests.Accounts;

public sealed class RegisterEmployerHandlerTests : IDisposable
{
    private readonly UseCaseFixture _fixture = new();

    private RegisterEmployerHandler Handler => new(_fixture.Db, _fixture.Identity, _fixture.Emails, _fixture.Clock);

    [Fact]
    public async Task Handle_NewOrganisation_CreatesEmployerOwnedByTheNewAccount()
    {
        await Handler.Handle(new RegisterEmployerCommand("hr@zorg.nl", "tulpen fiets", "Zorg Leiden", "1234 5678", "en"), default);

        var account = _fixture.Identity.Accounts.ShouldHaveSingleItem();
        account.Roles.ShouldBe([Roles.Employer]);
        await using var check = _fixture.NewContext();
        var employer = await check.Employers.SingleAsync();
        employer.OwnerId.ShouldBe(account.Id);
        employer.KvkNumber.Value.ShouldBe("12345678");
        (await check.OutboundEmails.SingleAsync()).Subject.ShouldBe("ConfirmEmail (en)");
    }

    [Fact]
    public async Task Handle_TakenKvkNumber_BreaksRuleAndSavesNothing()
    {
        await Handler.Handle(new RegisterEmployerCommand("hr@zorg.nl", "tulpen fiets", "Zorg Leiden", "12345678", "en"), default);

        var exception = await Should.ThrowAsync<BusinessRuleException>(() => Handler.Handle(
            new RegisterEmployerCommand("other@zorg.nl", "tulpen fiets", "Zorg Two", "12345678", "en"), default).AsTask());

        exception.BrokenRule.Code.ShouldBe("KvkNumberTaken");
        await using var check = _fixture.NewContext();
        (await check.Employers.CountAsync()).ShouldBe(1);
        (await check.OutboundEmails.CountAsync()).ShouldBe(1);
    }

    public void Dispose() => _fixture.Dispose();
}
