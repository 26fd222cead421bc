using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Domain.Candidates.Rules;

public sealed class RecognitionBodyOnlyWhenEvaluated(RecognitionStatus status, RecognitionBody body) : IBusinessRule
{
    public bool IsBroken() => status == RecognitionStatus.None && body != RecognitionBody.None;

    public string Code => "RecognitionBodyWithoutStatus";

    public string Message => "Choose who evaluates your diploma only when the evaluation is in progress or done.";
}
