using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications.Rules;

public sealed class FinalStagesAreFinal(ApplicationStage stage) : IBusinessRule
{
    public bool IsBroken() => stage.IsFinal();

    public string Code => "ApplicationFinal";

    public string Message => "This application has ended and cannot change any more.";
}
