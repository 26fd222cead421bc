namespace TalentMatch.Domain.Applications;

public readonly record struct JobApplicationId(Guid Value)
{
    public static JobApplicationId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
