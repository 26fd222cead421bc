namespace TalentMatch.Domain.Placements;

public readonly record struct PlacementId(Guid Value)
{
    public static PlacementId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
