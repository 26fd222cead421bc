namespace TalentMatch.Domain.Employers;

public readonly record struct EmployerId(Guid Value)
{
    public static EmployerId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
