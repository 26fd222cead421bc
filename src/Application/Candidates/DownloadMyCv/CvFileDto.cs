namespace TalentMatch.Application.Candidates.DownloadMyCv;

/// <summary>An open CV file (the caller disposes <paramref name="Content"/>), its content type and download name.</summary>
public sealed record CvFileDto(Stream Content, string ContentType, string FileName);
