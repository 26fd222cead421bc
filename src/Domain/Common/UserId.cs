namespace TalentMatch.Domain.Common;

/// <summary>The id of an account (an ASP.NET Core Identity user).</summary>
public readonly record struct UserId(Guid Value)
{
    public static UserId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
