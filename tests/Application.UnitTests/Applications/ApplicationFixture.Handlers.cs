using TalentMatch.Application.Applications.AcceptJobInvitation;
using TalentMatch.Application.Applications.AddApplicationNote;
using TalentMatch.Application.Applications.ApplyToVacancy;
using TalentMatch.Application.Applications.DeclineJobInvitation;
using TalentMatch.Application.Applications.DeleteExpiredApplicationData;
using TalentMatch.Application.Applications.DownloadApplicationCv;
using TalentMatch.Application.Applications.GetApplication;
using TalentMatch.Application.Applications.GetMyApplication;
using TalentMatch.Application.Applications.HireCandidate;
using TalentMatch.Application.Applications.InviteCandidate;
using TalentMatch.Application.Applications.ListMyApplications;
using TalentMatch.Application.Applications.ListVacancyApplications;
using TalentMatch.Application.Applications.MoveApplicationStage;
using TalentMatch.Application.Applications.SendApplicationMessage;
using TalentMatch.Application.Applications.WithdrawApplication;
using TalentMatch.Application.Placements.ConfirmPlacement;
using TalentMatch.Application.Placements.RejectPlacement;
using TalentMatch.Application.Placements.ReportPlacement;
using TalentMatch.Domain.Applications;

namespace TalentMatch.Application.UnitTests.Applications;

/// <summary>The handlers, wired to the fixture's database, fakes and signed-in user.</summary>
internal sealed partial class ApplicationFixture
{
    public ApplyToVacancyHandler Apply => new(Db, User, Store, Emails, Cases.Clock, Log<ApplyToVacancyHandler>());

    public InviteCandidateHandler Invite => new(Db, User, Pairs, Emails, Cases.Clock, Log<InviteCandidateHandler>());

    public AcceptJobInvitationHandler Accept => new(Db, User, Store, Emails, Cases.Clock, Log<AcceptJobInvitationHandler>());

    public DeclineJobInvitationHandler Decline => new(Db, User, Emails, Cases.Clock);

    public WithdrawApplicationHandler Withdraw => new(Db, User, Emails, Cases.Clock);

    public MoveApplicationStageHandler Move => new(Db, User, Emails, Cases.Clock);

    public HireCandidateHandler Hire => new(Db, User, Snapshots, Emails, Cases.Clock, Log<HireCandidateHandler>());

    public SendApplicationMessageHandler Message => new(Db, User, Emails, Cases.Clock);

    public AddApplicationNoteHandler Note => new(Db, User, Cases.Clock);

    public GetMyApplicationHandler GetMine => new(Db, User);

    public ListMyApplicationsHandler ListMine => new(Db, User);

    public GetApplicationHandler Get => new(Db, User, Mapper);

    public ListVacancyApplicationsHandler ListForVacancy => new(Db, User, Mapper);

    public DownloadApplicationCvHandler DownloadCv => new(Db, User, Store);

    public DeleteExpiredApplicationDataHandler Retention =>
        new(Db, Store, Cases.Clock, Log<DeleteExpiredApplicationDataHandler>());

    public ReportPlacementHandler Report => new(Db, User, Pairs, Snapshots, Emails, Cases.Clock, Log<ReportPlacementHandler>());

    public ConfirmPlacementHandler Confirm => new(Db, User, Emails, Cases.Clock);

    public RejectPlacementHandler Reject => new(Db, User, Emails, Cases.Clock);

    /// <summary>Ana applies to the welding vacancy (optionally with her CV); returns the application id.</summary>
    public async Task<Guid> AnaAppliesAsync(bool includeCv = false, bool keepForAYear = false, string motivation = "I weld MIG and TIG.")
    {
        AsCandidate(Ana);
        return await Apply.Handle(new ApplyToVacancyCommand(Welding.Id.Value, motivation, includeCv, keepForAYear), default);
    }

    /// <summary>An X member moves the application on, stage by stage.</summary>
    public async Task MoveAsync(Guid application, params ApplicationStage[] stages)
    {
        As(XOwner);
        foreach (var stage in stages)
        {
            await Move.Handle(new MoveApplicationStageCommand(application, stage.ToString()), default);
        }
    }

    /// <summary>The queued e-mails as (to, subject of the fake template, idempotency key).</summary>
    public List<(string To, string Subject, string Key)> Outbox()
    {
        using var db = Cases.NewContext();
        return [.. db.OutboundEmails.AsEnumerable().Select(e => (e.ToAddress, e.Subject, e.IdempotencyKey))];
    }

    public Task<Guid> InviteAsync(Domain.Candidates.Candidate candidate, string? message = null)
    {
        As(XRecruiter);
        return Invite.Handle(new InviteCandidateCommand(Welding.Id.Value, candidate.Id.Value, message), default).AsTask();
    }
}
