using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Employers.AcceptInvitation;
using TalentMatch.Application.Employers.GetInvitation;
using TalentMatch.Application.Employers.GetMembers;
using TalentMatch.Application.Employers.GetMyOrganisation;
using TalentMatch.Application.Employers.InviteRecruiter;
using TalentMatch.Application.Employers.UpdateMyOrganisation;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Application.UnitTests.Vacancies;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.UnitTests.Employers;

public sealed partial class MembershipHandlerTests : IDisposable
{
    private readonly VacancyFixture _f = new();

    [Fact]
    public async Task Invite_ThenAcceptWithNewAccount_MakesConfirmedRecruiterOfTheOrganisation()
    {
        var (id, token) = await InviteAsync("jan@bouw.example");
        _f.User.Id = null;

        var invitation = await new GetInvitationHandler(_f.Db, _f.Cases.Identity, _f.Cases.Clock)
            .Handle(new GetInvitationQuery(id, token), default);
        await new AcceptInvitationHandler(_f.Db, _f.Cases.Identity, _f.User, _f.Cases.Clock)
            .Handle(new AcceptInvitationCommand(id, token, "lasser zoekt werk", "nl"), default);

        invitation.OrganisationName.ShouldBe("Bouw X");
        var account = (await _f.Cases.Identity.FindByEmailAsync("jan@bouw.example", default)).ShouldNotBeNull();
        account.EmailConfirmed.ShouldBeTrue();
        account.Roles.ShouldBe([Roles.Employer]);
        _f.User.Id = account.Id;
        var organisation = await new GetMyOrganisationHandler(_f.Db, _f.User).Handle(new GetMyOrganisationQuery(), default);
        organisation.Name.ShouldBe("Bouw X");
        organisation.IsOwner.ShouldBeFalse();
        var members = await new GetMembersHandler(_f.Db, _f.User, _f.Cases.Identity, _f.Cases.Clock).Handle(new GetMembersQuery(), default);
        members.Members.Select(m => m.Role).ShouldBe(["Owner", "Recruiter"]);
        members.CanManage.ShouldBeFalse();
    }

    [Fact]
    public async Task Invite_ByRecruiter_IsForbidden()
    {
        var (id, token) = await InviteAsync("jan@bouw.example");
        _f.User.Id = null;
        await new AcceptInvitationHandler(_f.Db, _f.Cases.Identity, _f.User, _f.Cases.Clock)
            .Handle(new AcceptInvitationCommand(id, token, "lasser zoekt werk", "en"), default);
        _f.User.Id = (await _f.Cases.Identity.FindByEmailAsync("jan@bouw.example", default))!.Id;

        await Should.ThrowAsync<ForbiddenAccessException>(() => InviteAsync("third@bouw.example"));
        await Should.ThrowAsync<ForbiddenAccessException>(() => new UpdateMyOrganisationHandler(_f.Db, _f.User, _f.Places,
            _f.Cases.Clock).Handle(new UpdateMyOrganisationCommand("X", null, null, false, null, false, false), default).AsTask());
    }

    [Fact]
    public async Task Accept_SignedInWithOtherAddress_BreaksRule()
    {
        var (id, token) = await InviteAsync("jan@bouw.example");
        var other = await _f.Cases.Identity.CreateAsync("piet@elders.example", "pw pw pw pw", Roles.Employer, "en", true, default);
        _f.User.Id = other;

        var exception = await Should.ThrowAsync<BusinessRuleException>(() => new AcceptInvitationHandler(_f.Db,
            _f.Cases.Identity, _f.User, _f.Cases.Clock).Handle(new AcceptInvitationCommand(id, token, null, "en"), default).AsTask());

        exception.BrokenRule.Code.ShouldBe("InvitationForOtherAddress");
    }

    [Fact]
    public async Task Accept_OwnerOfAnotherOrganisation_BreaksRule()
    {
        await _f.Cases.Identity.CreateAsync("owner@y.example", "pw pw pw pw", Roles.Employer, "en", true, default);
        var yOwnerAccount = (await _f.Cases.Identity.FindByEmailAsync("owner@y.example", default))!.Id;
        var (id, token) = await InviteAsync("owner@y.example");
        _f.Db.Employers.Add(Domain.Employers.Employer.Register("Y2", Domain.Employers.KvkNumber.Create("33333333"), false,
            yOwnerAccount, _f.Cases.Clock.GetUtcNow()));
        await _f.Db.SaveChangesAsync(default);
        _f.User.Id = yOwnerAccount;

        (await Should.ThrowAsync<BusinessRuleException>(() => new AcceptInvitationHandler(_f.Db, _f.Cases.Identity, _f.User,
            _f.Cases.Clock).Handle(new AcceptInvitationCommand(id, token, null, "en"), default).AsTask()))
            .BrokenRule.Code.ShouldBe("AccountInOtherOrganisation");
    }

    [Fact]
    public async Task Accept_AfterSevenDays_BreaksRule_AndGetIsNotFound()
    {
        var (id, token) = await InviteAsync("jan@bouw.example");
        _f.User.Id = null;
        _f.Cases.Clock.Advance(TimeSpan.FromDays(7));

        await Should.ThrowAsync<NotFoundException>(() => new GetInvitationHandler(_f.Db, _f.Cases.Identity, _f.Cases.Clock)
            .Handle(new GetInvitationQuery(id, token), default).AsTask());
        (await Should.ThrowAsync<BusinessRuleException>(() => new AcceptInvitationHandler(_f.Db, _f.Cases.Identity, _f.User,
            _f.Cases.Clock).Handle(new AcceptInvitationCommand(id, token, "lasser zoekt werk", "en"), default).AsTask()))
            .BrokenRule.Code.ShouldBe("InvitationInvalid");
        (await _f.Cases.Identity.FindByEmailAsync("jan@bouw.example", default)).ShouldBeNull();
    }

    [Fact]
    public async Task UpdateOrganisation_KeepsPlacesSectorsAndSponsorship()
    {
        await new UpdateMyOrganisationHandler(_f.Db, _f.User, _f.Places, _f.Cases.Clock).Handle(new UpdateMyOrganisationCommand(
            "Bouw X BV", ["construction", "energy_transition"], ["leiden"], true, new DateOnly(2026, 11, 1), true, true), default);

        await using var check = _f.Cases.NewContext();
        var employer = await check.Employers.SingleAsync(e => e.Id == _f.X.Id);
        employer.Name.ShouldBe("Bouw X BV");
        employer.Sectors.Select(s => s.Code).ShouldBe(["construction", "energy_transition"]);
        employer.Locations.ShouldHaveSingleItem().PlaceName.ShouldBe("Leiden");
        employer.SponsorCheckedOn.ShouldBe(new DateOnly(2026, 11, 1));
    }

    [Fact]
    public void UpdateOrganisationValidator_FutureCheckDateAndUnknownValues_Fail()
    {
        var validator = new UpdateMyOrganisationValidator(_f.Places, _f.Cases.Clock);

        var errors = validator.Validate(new UpdateMyOrganisationCommand("", ["fishing"], ["Atlantis"], true,
            new DateOnly(2026, 12, 1), false, false)).Errors;

        errors.Select(e => e.PropertyName).ShouldBe(["Name", "Sectors[0]", "Locations[0]", "SponsorCheckedOn"], ignoreOrder: true);
    }

    private async Task<(Guid Id, string Token)> InviteAsync(string email)
    {
        await new InviteRecruiterHandler(_f.Db, _f.User, _f.Cases.Identity, _f.Outbox, new FakeAppLinks(), _f.Cases.Clock,
            NullLogger<InviteRecruiterHandler>.Instance).Handle(new InviteRecruiterCommand(email, "nl"), default);
        await using var check = _f.Cases.NewContext();
        var mail = await check.OutboundEmails.OrderBy(e => e.CreatedAt).LastAsync(e => e.ToAddress == email);
        mail.Subject.ShouldBe("InviteRecruiter (nl)");
        var match = InvitationLink().Match(mail.TextBody);
        return (Guid.Parse(match.Groups[1].Value), match.Groups[2].Value);
    }

    [GeneratedRegex(@"invitation\?id=([0-9a-f-]+)&token=([A-Za-z0-9_-]+)")]
    private static partial Regex InvitationLink();

    public void Dispose() => _f.Dispose();
}
