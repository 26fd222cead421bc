using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Placements;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Demo;
using TalentMatch.Infrastructure.Identity;
using TalentMatch.Infrastructure.IntegrationTests.Support;
using TalentMatch.Infrastructure.IntegrationTests.Taxonomy;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Infrastructure.Places;

namespace TalentMatch.Infrastructure.IntegrationTests.Demo;

[Collection(ShippedTaxonomyCollection.Name)]
public sealed class DemoDataWriterTests(ShippedTaxonomyFixture fixture)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Write_EmployersAndVacancies_StoresPublishedVacanciesOwnedByTheirEmployers()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var setup = database.NewContext())
        {
            await new ReferenceDataSeeder(setup).SeedAsync(default);
            setup.Roles.AddRange(Roles.All.Select(r => new ApplicationRole(r) { NormalizedName = r.ToUpperInvariant() }));
            await setup.SaveChangesAsync();
        }

        var employers = DemoEmployerGenerator.Generate(12, 7).ToList();
        var vacancies = new DemoVacancyGenerator(new DemoOccupations(fixture.Taxonomy)).Generate(60, employers, 7);
        await using var context = database.NewContext();
        var writer = new DemoDataWriter(context, new ShippedPlaceDirectory(), fixture.Taxonomy, _clock);
        var reported = new List<int>();

        var written = await writer.WriteEmployersAsync(employers, new Progress<int>(reported.Add), default);
        var count = await writer.WriteVacanciesAsync(vacancies, written, null, default);

        count.ShouldBe(60);
        await using var check = database.NewContext();
        (await check.Employers.CountAsync()).ShouldBe(12);
        (await check.Users.CountAsync(u => u.EmailConfirmed && u.PasswordHash == null)).ShouldBe(12);
        var stored = await check.Vacancies.AsNoTracking().ToListAsync();
        stored.Count.ShouldBe(60);
        stored.ShouldAllBe(v => v.Status == VacancyStatus.Published && v.PublishedAt <= _clock.GetUtcNow());
        var employerIds = (await check.Employers.Select(e => e.Id).ToListAsync()).ToHashSet();
        stored.ShouldAllBe(v => employerIds.Contains(v.EmployerId));
    }

    [Fact]
    public async Task Write_Candidates_StoresFullProfilesWithAccounts()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var setup = database.NewContext())
        {
            await new ReferenceDataSeeder(setup).SeedAsync(default);
            setup.Roles.AddRange(Roles.All.Select(r => new ApplicationRole(r) { NormalizedName = r.ToUpperInvariant() }));
            await setup.SaveChangesAsync();
        }

        var candidates = new DemoCandidateGenerator(new DemoOccupations(fixture.Taxonomy)).Generate(80, 7);
        await using var context = database.NewContext();

        (await new DemoDataWriter(context, new ShippedPlaceDirectory(), fixture.Taxonomy, _clock).WriteCandidatesAsync(candidates, null, default))
            .ShouldBe(80);

        await using var check = database.NewContext();
        var stored = await check.Candidates.AsNoTracking().ToListAsync();
        stored.Count.ShouldBe(80);
        stored.ShouldAllBe(c => c.DesiredOccupations.Count > 0 && c.Skills.Count > 0 && c.Home != null);
        stored.ShouldContain(c => c.VisibleToEmployers);
        stored.ShouldContain(c => !c.VisibleToEmployers);
        (await check.UserRoles.CountAsync()).ShouldBe(80);
    }

    [Fact]
    public async Task Write_History_FilledVacanciesWithApplicantsThroughTheirStagesAndPlacements()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var setup = database.NewContext())
        {
            await new ReferenceDataSeeder(setup).SeedAsync(default);
            setup.Roles.AddRange(Roles.All.Select(r => new ApplicationRole(r) { NormalizedName = r.ToUpperInvariant() }));
            await setup.SaveChangesAsync();
        }

        var occupations = new DemoOccupations(fixture.Taxonomy);
        var employers = DemoEmployerGenerator.Generate(12, 7).ToList();
        await using var context = database.NewContext();
        var writer = new DemoDataWriter(context, new ShippedPlaceDirectory(), fixture.Taxonomy, _clock);
        var written = await writer.WriteEmployersAsync(employers, null, default);

        (await writer.WriteHistoryAsync(new DemoHistoryGenerator(occupations).Generate(20, employers, 7), written, null, default))
            .ShouldBe(20);

        await using var check = database.NewContext();
        var now = _clock.GetUtcNow();
        (await check.Vacancies.CountAsync(v => v.Status == VacancyStatus.Filled)).ShouldBe(20);
        var applications = await check.JobApplications.AsNoTracking().ToListAsync();
        applications.Count.ShouldBe(20 * DemoHistoryGenerator.ApplicantsPerVacancy);
        applications.ShouldAllBe(a => a.History.Count >= 2 && a.History.All(h => h.At < now));
        var placements = await check.Placements.AsNoTracking().ToListAsync();
        placements.Count.ShouldBeInRange(20, 60);
        placements.ShouldAllBe(p => p.Status == PlacementStatus.Confirmed && p.Sector != null && p.HiredAt < now);
        applications.Count(a => a.Stage == ApplicationStage.Hired).ShouldBe(placements.Count);
        var registered = await check.Candidates.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.RegisteredAt);
        placements.ShouldAllBe(p => registered[p.CandidateId] < p.HiredAt);
        (await check.Candidates.CountAsync(c => c.ConsentsToStatistics)).ShouldBeLessThan(registered.Count);
    }
}
