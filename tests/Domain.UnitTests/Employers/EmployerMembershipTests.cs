using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Domain.UnitTests.Employers;

public sealed class EmployerMembershipTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 25);
    private readonly UserId _owner = UserId.New();
    private readonly Employer _employer;

    public EmployerMembershipTests() =>
        _employer = Employer.Register("Bouw Leiden", KvkNumber.Create("12345678"), false, _owner, Now);

    [Fact]
    public void Invite_ThenAccept_MakesRecruiterAMember()
    {
        var invitation = _employer.Invite(_owner, "jan@bouw.nl", "hash-a", alreadyMember: false, Now);
        var recruiter = UserId.New();

        _employer.AcceptInvitation(invitation.Id, "hash-a", recruiter, memberElsewhere: false, Now.AddDays(1));

        _employer.IsMember(recruiter).ShouldBeTrue();
        _employer.IsOwner(recruiter).ShouldBeFalse();
        invitation.AcceptedBy.ShouldBe(recruiter);
        invitation.IsOpen(Now.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void Invite_ByRecruiter_BreaksRule()
    {
        var recruiter = Join();

        Should.Throw<BusinessRuleException>(() => _employer.Invite(recruiter, "x@bouw.nl", "h", false, Now))
            .BrokenRule.Code.ShouldBe("OnlyOwnerManagesMembers");
        Should.Throw<BusinessRuleException>(() => _employer.RemoveRecruiter(recruiter, recruiter))
            .BrokenRule.Code.ShouldBe("OnlyOwnerManagesMembers");
    }

    [Fact]
    public void Invite_ExistingMember_BreaksRule() =>
        Should.Throw<BusinessRuleException>(() => _employer.Invite(_owner, "x@bouw.nl", "h", alreadyMember: true, Now))
            .BrokenRule.Code.ShouldBe("AlreadyMember");

    [Theory]
    [InlineData("wrong-hash", 1)]
    [InlineData("hash-a", EmployerInvitation.ValidDays)]
    public void Accept_WithWrongSecretOrExpired_BreaksRule(string hash, int daysLater)
    {
        var invitation = _employer.Invite(_owner, "jan@bouw.nl", "hash-a", false, Now);

        Should.Throw<BusinessRuleException>(() => _employer.AcceptInvitation(invitation.Id, hash, UserId.New(), false,
            Now.AddDays(daysLater))).BrokenRule.Code.ShouldBe("InvitationInvalid");
    }

    [Fact]
    public void Accept_Twice_BreaksRule()
    {
        var invitation = _employer.Invite(_owner, "jan@bouw.nl", "hash-a", false, Now);
        _employer.AcceptInvitation(invitation.Id, "hash-a", UserId.New(), false, Now);

        Should.Throw<BusinessRuleException>(() => _employer.AcceptInvitation(invitation.Id, "hash-a", UserId.New(), false, Now))
            .BrokenRule.Code.ShouldBe("InvitationInvalid");
    }

    [Fact]
    public void Accept_ByMemberOfAnotherOrganisation_BreaksRule()
    {
        var invitation = _employer.Invite(_owner, "jan@bouw.nl", "hash-a", false, Now);

        Should.Throw<BusinessRuleException>(() => _employer.AcceptInvitation(invitation.Id, "hash-a", UserId.New(),
            memberElsewhere: true, Now)).BrokenRule.Code.ShouldBe("AccountInOtherOrganisation");
    }

    [Fact]
    public void Invite_SameAddressAgain_ReplacesOpenInvitation()
    {
        var first = _employer.Invite(_owner, "jan@bouw.nl", "hash-a", false, Now);
        var second = _employer.Invite(_owner, "JAN@bouw.nl", "hash-b", false, Now.AddHours(1));

        _employer.Invitations.ShouldHaveSingleItem().Id.ShouldBe(second.Id);
        _employer.OpenInvitation(first.Id, Now).ShouldBeNull();
    }

    [Fact]
    public void RemoveRecruiter_ByOwner_EndsMembership()
    {
        var recruiter = Join();

        _employer.RemoveRecruiter(_owner, recruiter);

        _employer.IsMember(recruiter).ShouldBeFalse();
    }

    [Fact]
    public void UpdateDetails_KeepsSectorsLocationsAndSponsorship()
    {
        var leiden = new Place("Leiden", "GM0546", new GeoPoint(52.158, 4.493));

        _employer.UpdateDetails(_owner, new EmployerDetails(" Bouw Leiden BV ", [Sector.Construction, Sector.EnergyTransition],
            [leiden, leiden], true, Today.AddDays(-3), true, false), Today);

        _employer.Name.ShouldBe("Bouw Leiden BV");
        _employer.Sectors.ShouldBe([Sector.Construction, Sector.EnergyTransition]);
        _employer.Locations.ShouldHaveSingleItem().PlaceName.ShouldBe("Leiden");
        _employer.IsRecognisedSponsor.ShouldBeTrue();
        _employer.SponsorCheckedOn.ShouldBe(Today.AddDays(-3));
        _employer.OffersRelocationSupport.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public void UpdateDetails_RecognisedSponsorWithoutPastCheckDate_BreaksRule(int? daysFromToday) =>
        Should.Throw<BusinessRuleException>(() => _employer.UpdateDetails(_owner, new EmployerDetails("B", [], [], true,
                daysFromToday is null ? null : Today.AddDays(daysFromToday.Value), false, false), Today))
            .BrokenRule.Code.ShouldBe("SponsorCheckDateRequired");

    [Fact]
    public void UpdateDetails_ByRecruiter_BreaksRule()
    {
        var recruiter = Join();

        Should.Throw<BusinessRuleException>(() => _employer.UpdateDetails(recruiter,
            new EmployerDetails("B", [], [], false, null, false, false), Today)).BrokenRule.Code.ShouldBe("OnlyOwnerManagesMembers");
    }

    private UserId Join()
    {
        var invitation = _employer.Invite(_owner, $"{Guid.NewGuid():N}@bouw.nl", "h", false, Now);
        var recruiter = UserId.New();
        _employer.AcceptInvitation(invitation.Id, "h", recruiter, false, Now);
        return recruiter;
    }
}
