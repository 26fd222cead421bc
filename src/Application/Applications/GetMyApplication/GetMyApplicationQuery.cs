using Mediator;
using TalentMatch.Application.Applications.Shared;

namespace TalentMatch.Application.Applications.GetMyApplication;

/// <summary>One of the signed-in candidate's applications (another candidate's id is "not found"), without notes.</summary>
public sealed record GetMyApplicationQuery(Guid ApplicationId) : IQuery<MyApplicationDto>;
