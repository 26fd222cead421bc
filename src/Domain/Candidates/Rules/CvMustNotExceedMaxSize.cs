using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Candidates.Rules;

public sealed class CvMustNotExceedMaxSize(long sizeBytes) : IBusinessRule
{
    public bool IsBroken() => sizeBytes is <= 0 or > CvDocument.MaxSizeBytes;

    public string Code => "CvTooLarge";

    public string Message => "A CV file is at most 5 MB.";
}
