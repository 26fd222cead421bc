using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Common.Rules;

/// <summary>For rules a use case checks itself, across aggregates or against an account.</summary>
public static class BusinessRules
{
    public static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleException(rule);
        }
    }
}
