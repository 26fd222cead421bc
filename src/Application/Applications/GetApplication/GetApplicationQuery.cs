using Mediator;
using TalentMatch.Application.Applications.Shared;

namespace TalentMatch.Application.Applications.GetApplication;

/// <summary>An application to one of the organisation's vacancies, as its members see it (404 for anyone else).</summary>
public sealed record GetApplicationQuery(Guid ApplicationId) : IQuery<ApplicationDto>;
