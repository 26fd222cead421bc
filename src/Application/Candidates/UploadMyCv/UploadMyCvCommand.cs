using Mediator;
using TalentMatch.Application.Candidates.Shared;

namespace TalentMatch.Application.Candidates.UploadMyCv;

/// <summary>
/// Stores a CV (PDF or DOCX, at most 5 MB, recognised by its content, virus-checked) for the signed-in candidate,
/// replacing the one they had. <paramref name="FileName"/> is only the name offered on download.
/// </summary>
public sealed record UploadMyCvCommand(Stream? File, string? FileName) : ICommand<CvDto>;
