using Mediator;
using TalentMatch.Domain.Applications;

namespace TalentMatch.Application.Applications.SendApplicationMessage;

/// <summary>
/// A message inside an application, as the candidate (their own application) or as a member of the vacancy's
/// organisation; the other side gets an e-mail. Returns the message id.
/// </summary>
public sealed record SendApplicationMessageCommand(Guid ApplicationId, ApplicationSide Side, string? Text) : ICommand<Guid>;
