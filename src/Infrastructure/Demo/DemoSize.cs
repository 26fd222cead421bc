namespace TalentMatch.Infrastructure.Demo;

/// <summary>How much demo data to generate; <see cref="Default"/> is what the README's first command loads.</summary>
public sealed record DemoSize(int Employers, int Vacancies, int Candidates)
{
    public const int DefaultSeed = 20261125;

    public static DemoSize Default { get; } = new(40, 200, 500);
}
