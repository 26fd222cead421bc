using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Candidates.Cv;

internal static class CvContent
{
    public const string Field = "File";

    /// <summary>Copies an upload into memory, refusing an empty one and anything over 5 MB whatever size was declared.</summary>
    public static async Task<MemoryStream> ReadAsync(Stream source, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > CvDocument.MaxSizeBytes)
            {
                throw new ValidationException(Field, ProfileMessages.CvTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer.Length > 0 ? buffer : throw new ValidationException(Field, ProfileMessages.CvRequired);
    }
}
