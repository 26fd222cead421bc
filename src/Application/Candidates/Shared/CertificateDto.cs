namespace TalentMatch.Application.Candidates.Shared;

/// <summary>A certificate or licence: its code and its name in the asked language.</summary>
public sealed record CertificateDto(string Code, string Name);
