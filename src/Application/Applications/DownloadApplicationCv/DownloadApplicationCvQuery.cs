using Mediator;
using TalentMatch.Application.Candidates.DownloadMyCv;
using TalentMatch.Domain.Applications;

namespace TalentMatch.Application.Applications.DownloadApplicationCv;

/// <summary>The CV copy sent with an application, for the candidate or for the vacancy's organisation.</summary>
public sealed record DownloadApplicationCvQuery(Guid ApplicationId, ApplicationSide Side) : IQuery<CvFileDto>;
