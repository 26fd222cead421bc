namespace TalentMatch.Application.Employers.GetMyOrganisation;

public sealed record MyOrganisationDto(Guid EmployerId, string Name, string KvkNumber, DateTimeOffset RegisteredAt);
