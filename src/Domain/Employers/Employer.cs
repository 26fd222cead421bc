using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers.Rules;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Domain.Employers;

/// <summary>
/// An organisation that posts vacancies. Its first account is its owner; the owner invites colleagues, who join as
/// recruiters. Every member manages the vacancies; only the owner manages members and the organisation's details.
/// </summary>
public sealed class Employer : Entity
{
    public const int NameMaxLength = 200;
    public const int MaxLocations = 20;
    public const int SectorsMaxLength = 80;

    private readonly List<EmployerLocation> _locations = [];
    private readonly List<Recruiter> _recruiters = [];
    private readonly List<EmployerInvitation> _invitations = [];
    private string _sectors = string.Empty;

    private Employer()
    {
        Name = string.Empty;
        KvkNumber = null!;
    }

    public EmployerId Id { get; private set; }

    public string Name { get; private set; }

    public KvkNumber KvkNumber { get; private set; }

    public UserId OwnerId { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The shortage sectors the organisation recruits in.</summary>
    public IReadOnlyList<Sector> Sectors =>
        [.. _sectors.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Sector.FromCode).OfType<Sector>()];

    public IReadOnlyList<EmployerLocation> Locations => _locations;

    /// <summary>On the IND public register of recognised sponsors (erkend referent): may sponsor work visas.</summary>
    public bool IsRecognisedSponsor { get; private set; }

    /// <summary>When the register was last checked for the claim above.</summary>
    public DateOnly? SponsorCheckedOn { get; private set; }

    public bool OffersRelocationSupport { get; private set; }

    public bool OffersHousing { get; private set; }

    public IReadOnlyList<Recruiter> Recruiters => _recruiters;

    public IReadOnlyList<EmployerInvitation> Invitations => _invitations;

    public static Employer Register(string name, KvkNumber kvkNumber, bool kvkNumberAlreadyRegistered,
        UserId ownerId, DateTimeOffset now)
    {
        CheckRule(new KvkNumberMustBeUnique(kvkNumberAlreadyRegistered));
        return new Employer
        {
            Id = EmployerId.New(),
            Name = name.Trim(),
            KvkNumber = kvkNumber,
            OwnerId = ownerId,
            RegisteredAt = now,
        };
    }

    public bool IsOwner(UserId userId) => OwnerId == userId;

    public bool IsMember(UserId userId) => IsOwner(userId) || _recruiters.Any(r => r.UserId == userId);

    public void UpdateDetails(UserId actor, EmployerDetails details, DateOnly today)
    {
        CheckRule(new OnlyOwnerManagesMembers(OwnerId, actor));
        CheckRule(new RecognisedSponsorNeedsCheckDate(details.IsRecognisedSponsor, details.SponsorCheckedOn, today));
        Name = details.Name.Trim();
        _sectors = string.Join(',', details.Sectors.Distinct().Select(s => s.Code));
        _locations.Clear();
        _locations.AddRange(details.Locations.DistinctBy(p => p.Name).Take(MaxLocations).Select(EmployerLocation.Of));
        IsRecognisedSponsor = details.IsRecognisedSponsor;
        SponsorCheckedOn = details.IsRecognisedSponsor ? details.SponsorCheckedOn : null;
        OffersRelocationSupport = details.OffersRelocationSupport;
        OffersHousing = details.OffersHousing;
    }

    /// <summary>Invites a colleague; a new invitation to the same address replaces an open one.</summary>
    public EmployerInvitation Invite(UserId actor, string email, string tokenHash, bool alreadyMember, DateTimeOffset now)
    {
        CheckRule(new OnlyOwnerManagesMembers(OwnerId, actor));
        CheckRule(new InviteeMustNotBeMember(alreadyMember));
        _invitations.RemoveAll(i => i.AcceptedAt is null
            && string.Equals(i.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));
        var invitation = EmployerInvitation.Create(email, tokenHash, actor, now);
        _invitations.Add(invitation);
        return invitation;
    }

    /// <summary>The account joins as a recruiter. The caller checks the account's address and other memberships.</summary>
    public void AcceptInvitation(Guid invitationId, string tokenHash, UserId userId, bool memberElsewhere,
        DateTimeOffset now)
    {
        var invitation = _invitations.FirstOrDefault(i => i.Id == invitationId);
        CheckRule(new InvitationMustBeOpen(invitation, tokenHash, now));
        CheckRule(new AccountJoinsOneOrganisation(memberElsewhere || IsMember(userId)));
        invitation!.Accept(userId, now);
        _recruiters.Add(Recruiter.Join(userId, now));
    }

    public void RemoveRecruiter(UserId actor, UserId recruiter)
    {
        CheckRule(new OnlyOwnerManagesMembers(OwnerId, actor));
        _recruiters.RemoveAll(r => r.UserId == recruiter);
    }

    /// <summary>The open invitation with this id, for showing who invited whom; null when not open.</summary>
    public EmployerInvitation? OpenInvitation(Guid invitationId, DateTimeOffset now) =>
        _invitations.FirstOrDefault(i => i.Id == invitationId && i.IsOpen(now));
}
