namespace TalentMatch.Domain.Common;

public sealed class BusinessRuleException(IBusinessRule rule) : Exception(rule.Message)
{
    public IBusinessRule BrokenRule { get; } = rule;
}
