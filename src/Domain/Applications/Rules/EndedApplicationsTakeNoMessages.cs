using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications.Rules;

/// <summary>Messages go back and forth while the application runs and after a hire; not after it ended otherwise.</summary>
public sealed class EndedApplicationsTakeNoMessages(ApplicationStage stage) : IBusinessRule
{
    public bool IsBroken() => stage is ApplicationStage.NotSelected or ApplicationStage.Withdrawn or ApplicationStage.Declined;

    public string Code => "ApplicationClosedForMessages";

    public string Message => "This application has ended; no more messages can be sent in it.";
}
