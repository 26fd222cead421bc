using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;

namespace TalentMatch.Domain.UnitTests.Employers;

public sealed class EmployerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Register_WithFreeKvkNumber_CreatesOwnedOrganisation()
    {
        var owner = UserId.New();

        var employer = Employer.Register("  Zorggroep Rijnland ", KvkNumber.Create("12345678"), false, owner, Now);

        employer.Name.ShouldBe("Zorggroep Rijnland");
        employer.OwnerId.ShouldBe(owner);
        employer.RegisteredAt.ShouldBe(Now);
        employer.Id.Value.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public void Register_WhenKvkNumberAlreadyRegistered_BreaksRule()
    {
        var exception = Should.Throw<BusinessRuleException>(() =>
            Employer.Register("Bouw BV", KvkNumber.Create("12345678"), true, UserId.New(), Now));

        exception.BrokenRule.Code.ShouldBe("KvkNumberTaken");
    }
}
