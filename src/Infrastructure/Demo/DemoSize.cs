namespace TalentMatch.Infrastructure.Demo;

/// <summary>How much demo data to generate; <see cref="Default"/> is what the README's first command loads.</summary>
/// <param name="PastVacancies">
/// Filled vacancies of the past year with <see cref="DemoHistoryGenerator.ApplicantsPerVacancy"/> applicants each (new
/// candidates), one to three hired: the applications and placements the municipality's monitor counts.
/// </param>
public sealed record DemoSize(int Employers, int Vacancies, int Candidates, int PastVacancies = 0)
{
    public const int DefaultSeed = 20261125;

    public static DemoSize Default { get; } = new(40, 200, 500, 420);

    /// <summary>Candidates written in all: the current ones and the applicants to past vacancies.</summary>
    public int AllCandidates => Candidates + (PastVacancies * DemoHistoryGenerator.ApplicantsPerVacancy);
}
