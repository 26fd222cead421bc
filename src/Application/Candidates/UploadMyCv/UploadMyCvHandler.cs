using Mediator;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Candidates.Cv;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Candidates.UploadMyCv;

public sealed class UploadMyCvHandler(IApplicationDbContext db, ICurrentUser user, ICvStore store,
    ICvFileInspector inspector, IVirusScanner scanner, TimeProvider clock, ILogger<UploadMyCvHandler> logger)
    : ICommandHandler<UploadMyCvCommand, CvDto>
{
    public async ValueTask<CvDto> Handle(UploadMyCvCommand command, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.MineAsync(user, cancellationToken);
        await using var content = await CvContent.ReadAsync(command.File!, cancellationToken);
        var scan = await scanner.ScanAsync(content, cancellationToken);   // first: whatever the file claims to be
        if (scan != VirusScanResult.Clean)
        {
            logger.LogWarning("CV of candidate {CandidateId} refused: virus scan {ScanResult}", candidate.Id, scan);
            throw new ValidationException(CvContent.Field, ProfileMessages.CvRejected);
        }

        content.Position = 0;
        var type = inspector.Detect(content) ?? throw new ValidationException(CvContent.Field, ProfileMessages.CvTypeNotAccepted);
        content.Position = 0;
        var key = await store.SaveAsync(content, cancellationToken);
        var now = clock.GetUtcNow();
        var previous = candidate.ReplaceCv(CvDocument.Create(key, command.FileName ?? string.Empty, type, content.Length, now), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await store.DeleteAsync(key, CancellationToken.None);   // no file without a profile that points to it
            throw;
        }

        if (previous is not null)
        {
            await store.DeleteAsync(previous.StorageKey, CancellationToken.None);
        }

        logger.LogInformation("Candidate {CandidateId} stored a CV ({CvFileType})", candidate.Id, type);
        return candidate.Cv!.ToDto();
    }
}
