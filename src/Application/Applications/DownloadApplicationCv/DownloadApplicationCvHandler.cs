using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Candidates.Cv;
using TalentMatch.Application.Candidates.DownloadMyCv;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Applications.DownloadApplicationCv;

public sealed class DownloadApplicationCvHandler(IApplicationDbContext db, ICurrentUser user, ICvStore store)
    : IQueryHandler<DownloadApplicationCvQuery, CvFileDto>
{
    public async ValueTask<CvFileDto> Handle(DownloadApplicationCvQuery query, CancellationToken cancellationToken)
    {
        var application = query.Side == ApplicationSide.Candidate
            ? (await db.LoadMineAsync(user, query.ApplicationId, cancellationToken, tracking: false)).Application
            : (await db.LoadForEmployerAsync(user, query.ApplicationId, cancellationToken, tracking: false)).Application;
        var cv = application.Cv ?? throw new NotFoundException(nameof(CvDocument), query.ApplicationId);
        var content = await store.OpenAsync(cv.StorageKey, cancellationToken)
            ?? throw new NotFoundException(nameof(CvDocument), query.ApplicationId);
        return new CvFileDto(content, cv.FileType.ContentType(), cv.FileName);
    }
}
