using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.UnitTests.Support;

public sealed class ListPasswordPolicy(params string[] common) : IPasswordPolicy
{
    public bool IsCommon(string password) => common.Contains(password, StringComparer.OrdinalIgnoreCase);
}
