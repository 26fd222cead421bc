namespace TalentMatch.Infrastructure.Demo;

/// <summary>Where the seeder reports how many items of each kind it wrote so far.</summary>
public sealed record DemoProgress(IProgress<int>? Employers, IProgress<int>? Vacancies, IProgress<int>? Candidates,
    IProgress<int>? PastVacancies = null);
