namespace TalentMatch.Application.Candidates.Shared;

/// <summary>The stored CV: the name it downloads under, its type (from its content), size and upload time.</summary>
public sealed record CvDto(string FileName, string ContentType, long SizeBytes, DateTimeOffset UploadedAt);
