using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Placements;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.IntegrationTests.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Persistence;

/// <summary>Applications and placements through the migrated SQLite schema: children, snapshots and the unique indexes.</summary>
public sealed class ApplicationPersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public async Task SaveAndLoad_KeepsHistoryMessagesNotesCvAndThePlacementSnapshot()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (owner, employer, vacancy, candidate) = World();
        var application = JobApplication.Apply(candidate, vacancy, "Ik las.", CvDocument.Create("0123456789abcdef0123456789abcdef",
            "cv.pdf", CvFileType.Pdf, 2048, Now), true, false, Now, Today);
        application.MoveTo(ApplicationStage.Offer, owner, Now.AddDays(2));
        application.Post(ApplicationSide.Employer, owner, "Welkom", Now.AddDays(2));
        application.AddNote(owner, "Sterk", Now.AddDays(2));
        application.Hire(owner, Now.AddDays(3));
        var placement = Placement.FromHire(application, vacancy, IscoCode.Create("7212"),
            PlacementTerms.Create(new DateOnly(2027, 1, 4), 38, ContractType.Permanent, true, false), owner, Now.AddDays(3));
        await SaveAsync(database, employer, vacancy, candidate, application, placement);

        await using var reader = database.NewContext();
        var loaded = await reader.JobApplications.AsSplitQuery().SingleAsync();
        (loaded.Stage, loaded.Motivation, loaded.KeepForAYear, loaded.OpenVacancyId, loaded.Cv!.FileName, loaded.Cv.SizeBytes)
            .ShouldBe((ApplicationStage.Hired, "Ik las.", true, (VacancyId?)null, "cv.pdf", 2048L));
        loaded.History.Select(h => (h.From, h.Stage, h.BySide, h.By, h.At)).ShouldBe([
            (null, ApplicationStage.Applied, ApplicationSide.Candidate, (UserId?)candidate.UserId, Now),
            (ApplicationStage.Applied, ApplicationStage.Offer, ApplicationSide.Employer, owner, Now.AddDays(2)),
            (ApplicationStage.Offer, ApplicationStage.Hired, ApplicationSide.Employer, owner, Now.AddDays(3))]);
        (loaded.Messages.ShouldHaveSingleItem().Text, loaded.Notes.ShouldHaveSingleItem().Text).ShouldBe(("Welkom", "Sterk"));
        var stored = await reader.Placements.SingleAsync();
        (stored.ApplicationId, stored.Sector, stored.Occupation, stored.IscoUnitGroup, stored.StartDate, stored.SponsorNeeded)
            .ShouldBe(((JobApplicationId?)application.Id, Sector.Construction, vacancy.Occupation, (IscoCode?)IscoCode.Create("7212"),
                (DateOnly?)new DateOnly(2027, 1, 4), true));
    }

    [Fact]
    public async Task UniqueIndex_RefusesASecondOpenApplication_AllowsOneAfterTheFirstEnded()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (_, employer, vacancy, candidate) = World();
        var first = JobApplication.Apply(candidate, vacancy, "", null, false, false, Now, Today);
        await SaveAsync(database, employer, vacancy, candidate, first);

        await using (var racing = database.NewContext())
        {
            racing.JobApplications.Add(JobApplication.Apply(candidate, vacancy, "", null, false, alreadyOpen: false, Now, Today));
            await Should.ThrowAsync<DbUpdateException>(() => racing.SaveChangesAsync());
        }

        await using var context = database.NewContext();
        (await context.JobApplications.SingleAsync()).Withdraw(candidate.UserId, Now);
        context.JobApplications.Add(JobApplication.Apply(candidate, vacancy, "", null, false, false, Now, Today));
        await context.SaveChangesAsync();
        (await context.JobApplications.CountAsync()).ShouldBe(2);
    }

    private static (UserId Owner, Employer Employer, Vacancy Vacancy, Candidate Candidate) World()
    {
        var owner = UserId.New();
        var employer = Employer.Register("Bouw Leiden", KvkNumber.Create("12345678"), false, owner, Now);
        var vacancy = Vacancy.Draft(employer, new VacancyDetails("Lasser", "<p>Lassen</p>", Sector.Construction,
            OccupationUri.FromId("7aedaa07-3884-4c5b-88f9-80997b2aa54b"), [], [], null, false, false, [],
            HoursRange.Create(32, 40), ContractType.Permanent, SalaryRange.Create(2800, 3400),
            new VacancyLocation("Leiden", new GeoPoint(52.158, 4.493)), WorkMode.OnSite, false, false, false, null,
            Today.AddDays(30)), owner, Now);
        vacancy.Publish(employer, owner, Now, Today);
        return (owner, employer, vacancy, Candidate.Register(UserId.New(), "Zofia", Now.AddDays(-10)));
    }

    private static async Task SaveAsync(SqliteTestDatabase database, params object[] entities)
    {
        await using var context = database.NewContext();
        context.AddRange(entities);
        await context.SaveChangesAsync();
    }
}
