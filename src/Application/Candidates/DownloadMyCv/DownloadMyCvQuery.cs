using Mediator;

namespace TalentMatch.Application.Candidates.DownloadMyCv;

/// <summary>The signed-in candidate's own CV file; there is no way to ask for anyone else's.</summary>
public sealed record DownloadMyCvQuery : IQuery<CvFileDto>;
