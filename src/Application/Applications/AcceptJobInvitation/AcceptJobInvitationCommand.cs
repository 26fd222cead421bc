using Mediator;

namespace TalentMatch.Application.Applications.AcceptJobInvitation;

/// <summary>
/// The candidate accepts an invitation: the application starts and the employer sees their name and e-mail address.
/// They may send a copy of their CV and choose to keep the data for a year after the vacancy closes.
/// </summary>
public sealed record AcceptJobInvitationCommand(Guid ApplicationId, bool IncludeCv, bool KeepForAYear) : ICommand;
