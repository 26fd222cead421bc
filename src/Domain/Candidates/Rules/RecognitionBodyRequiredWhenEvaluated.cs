using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Domain.Candidates.Rules;

public sealed class RecognitionBodyRequiredWhenEvaluated(RecognitionStatus status, RecognitionBody body) : IBusinessRule
{
    public bool IsBroken() => status != RecognitionStatus.None && body == RecognitionBody.None;

    public string Code => "RecognitionBodyMissing";

    public string Message => "Choose who evaluates or evaluated your diploma.";
}
