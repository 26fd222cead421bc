using Mediator;

namespace TalentMatch.Application.Employers.RemoveRecruiter;

/// <summary>The owner removes a recruiter; the account stays but no longer belongs to the organisation.</summary>
public sealed record RemoveRecruiterCommand(Guid UserId) : ICommand;
