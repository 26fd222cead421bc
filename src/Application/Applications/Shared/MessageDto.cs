namespace TalentMatch.Application.Applications.Shared;

/// <summary>A message in an application; <paramref name="Side"/> is Candidate or Employer.</summary>
public sealed record MessageDto(Guid Id, string Side, string Text, DateTimeOffset SentAt);
