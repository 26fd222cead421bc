using TalentMatch.Domain.Candidates.Rules;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Domain.Candidates;

/// <summary>Whether a foreign diploma has been evaluated, and by whom (only once an evaluation is asked for).</summary>
public sealed record DiplomaRecognition
{
    private DiplomaRecognition(RecognitionStatus status, RecognitionBody body)
    {
        Status = status;
        Body = body;
    }

    public static DiplomaRecognition None { get; } = new(RecognitionStatus.None, RecognitionBody.None);

    public RecognitionStatus Status { get; }

    public RecognitionBody Body { get; }

    public static DiplomaRecognition Create(RecognitionStatus status, RecognitionBody body)
    {
        IBusinessRule[] rules =
            [new RecognitionBodyOnlyWhenEvaluated(status, body), new RecognitionBodyRequiredWhenEvaluated(status, body)];
        var broken = rules.FirstOrDefault(r => r.IsBroken());
        return broken is null ? new DiplomaRecognition(status, body) : throw new BusinessRuleException(broken);
    }
}
