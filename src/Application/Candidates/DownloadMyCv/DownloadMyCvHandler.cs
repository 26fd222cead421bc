using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Candidates.Cv;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Candidates.DownloadMyCv;

public sealed class DownloadMyCvHandler(IApplicationDbContext db, ICurrentUser user, ICvStore store)
    : IQueryHandler<DownloadMyCvQuery, CvFileDto>
{
    public async ValueTask<CvFileDto> Handle(DownloadMyCvQuery query, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().MineAsync(user, cancellationToken);
        var cv = candidate.Cv ?? throw new NotFoundException(nameof(CvDocument), candidate.Id);
        var content = await store.OpenAsync(cv.StorageKey, cancellationToken)
            ?? throw new NotFoundException(nameof(CvDocument), candidate.Id);
        return new CvFileDto(content, cv.FileType.ContentType(), cv.FileName);
    }
}
