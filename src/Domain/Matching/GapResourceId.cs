namespace TalentMatch.Domain.Matching;

/// <summary>The id of a <see cref="GapResource"/>.</summary>
public readonly record struct GapResourceId(Guid Value)
{
    public static GapResourceId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
