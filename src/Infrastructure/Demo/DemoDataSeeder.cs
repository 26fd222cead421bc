using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Domain.Employers;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Demo;

/// <summary>Generates demo data once per database (the first demo employer's KvK number marks it as done).</summary>
public sealed class DemoDataSeeder(ApplicationDbContext db, DemoDataWriter writer, DemoOccupations occupations,
    ILogger<DemoDataSeeder> logger)
{
    public async Task<bool> HasDemoDataAsync(CancellationToken cancellationToken)
    {
        var first = KvkNumber.Create(DemoEmployerGenerator.Generate(1, 0).Single().KvkNumber);
        return await db.Employers.AnyAsync(e => e.KvkNumber == first, cancellationToken);
    }

    /// <summary>False when the database already has demo data (nothing is written then).</summary>
    public async Task<bool> SeedAsync(DemoSize size, int seed, DemoProgress? progress, CancellationToken cancellationToken)
    {
        if (await HasDemoDataAsync(cancellationToken))
        {
            return false;
        }

        var employers = DemoEmployerGenerator.Generate(size.Employers, seed).ToList();
        var written = await writer.WriteEmployersAsync(employers, progress?.Employers, cancellationToken);
        await writer.WriteVacanciesAsync(new DemoVacancyGenerator(occupations).Generate(size.Vacancies, employers, seed),
            written, progress?.Vacancies, cancellationToken);
        await writer.WriteCandidatesAsync(new DemoCandidateGenerator(occupations).Generate(size.Candidates, seed),
            progress?.Candidates, cancellationToken);
        await writer.WriteHistoryAsync(new DemoHistoryGenerator(occupations).Generate(size.PastVacancies, employers, seed),
            written, progress?.PastVacancies, cancellationToken);
        logger.LogInformation("Demo data written: {Employers} employers, {Vacancies} vacancies, {Candidates} candidates, "
            + "{PastVacancies} filled vacancies of the past year with their applicants",
            size.Employers, size.Vacancies, size.Candidates, size.PastVacancies);
        return true;
    }
}
