using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Domain.Common;
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
        var writer = new DemoDataWriter(context, new ShippedPlaceDirectory(), _clock);
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

        (await new DemoDataWriter(context, new ShippedPlaceDirectory(), _clock).WriteCandidatesAsync(candidates, null, default))
            .ShouldBe(80);

        await using var check = database.NewContext();
        var stored = await check.Candidates.AsNoTracking().ToListAsync();
        stored.Count.ShouldBe(80);
        stored.ShouldAllBe(c => c.DesiredOccupations.Count > 0 && c.Skills.Count > 0 && c.Home != null);
        stored.ShouldContain(c => c.VisibleToEmployers);
        stored.ShouldContain(c => !c.VisibleToEmployers);
        (await check.UserRoles.CountAsync()).ShouldBe(80);
    }
}
