using TalentMatch.Application.Candidates.Cv;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Applications.Shared;

/// <summary>
/// An application keeps its own copy of the CV file (a new key in the CV store), so that replacing or deleting the
/// CV in the profile later does not change what the employer received.
/// </summary>
public static class CvCopies
{
    public const string Field = "IncludeCv";

    /// <summary>A copy of the candidate's CV, or null when <paramref name="include"/> is false.</summary>
    public static async Task<CvDocument?> CopyAsync(this ICvStore store, Candidate candidate, bool include,
        CancellationToken cancellationToken)
    {
        if (!include)
        {
            return null;
        }

        var cv = candidate.Cv ?? throw new ValidationException(Field, ApplicationTexts.Get("NoCvToSend"));
        await using var content = await store.OpenAsync(cv.StorageKey, cancellationToken)
            ?? throw new ValidationException(Field, ApplicationTexts.Get("NoCvToSend"));
        var key = await store.SaveAsync(content, cancellationToken);
        return CvDocument.Create(key, cv.FileName, cv.FileType, cv.SizeBytes, cv.UploadedAt);
    }

    /// <summary>Removes a copy that no saved application points to (the save failed).</summary>
    public static async Task DiscardAsync(this ICvStore store, CvDocument? copy)
    {
        if (copy is not null)
        {
            await store.DeleteAsync(copy.StorageKey, CancellationToken.None);
        }
    }
}
