using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Matching.Rules;

/// <summary>A resource is found by its obstacle code, so a code matching can never produce would hide it.</summary>
public sealed class ObstacleCodeMustBeWellFormed(string? code) : IBusinessRule
{
    public bool IsBroken() => !ObstacleCodes.IsWellFormed(code);

    public string Code => "ObstacleCodeFormat";

    public string Message =>
        "An obstacle code is a lower-case word, optionally followed by ':' and a value or '*', for example language:nl or certificate:*.";
}
