namespace TalentMatch.Domain.Taxonomy;

/// <summary>
/// The shortage sectors TalentMatch recruits for. Each ESCO occupation belongs to at most one (see
/// <c>shared/data/esco/README.md</c> for the rules); most belong to none.
/// </summary>
public sealed record Sector
{
    public const int CodeMaxLength = 17;

    private Sector(string code) => Code = code;

    public static Sector Education { get; } = new("education");

    public static Sector Healthcare { get; } = new("healthcare");

    public static Sector Construction { get; } = new("construction");

    public static Sector EnergyTransition { get; } = new("energy_transition");

    public static IReadOnlyList<Sector> All { get; } = [Education, Healthcare, Construction, EnergyTransition];

    /// <summary>The stable code used in URLs, JSON and the taxonomy files, e.g. <c>energy_transition</c>.</summary>
    public string Code { get; }

    public static Sector? FromCode(string? code) =>
        All.FirstOrDefault(s => string.Equals(s.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Code;
}
