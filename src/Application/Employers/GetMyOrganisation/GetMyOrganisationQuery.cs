using Mediator;

namespace TalentMatch.Application.Employers.GetMyOrganisation;

public sealed record GetMyOrganisationQuery : IQuery<MyOrganisationDto>;
