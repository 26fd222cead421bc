using Mediator;

namespace TalentMatch.Application.Applications.InviteCandidate;

/// <summary>
/// A member of the vacancy's organisation invites a visible candidate who matches the vacancy, with an optional
/// first message. The candidate stays anonymous until they accept. Returns the application id.
/// </summary>
public sealed record InviteCandidateCommand(Guid VacancyId, Guid CandidateId, string? Message) : ICommand<Guid>;
