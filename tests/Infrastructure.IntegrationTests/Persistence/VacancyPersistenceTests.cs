using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.IntegrationTests.Support;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.IntegrationTests.Persistence;

public sealed class VacancyPersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SaveAndLoad_KeepsVacancyChildrenAndHistory_AndEmployerMembership()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var owner = UserId.New();
        var recruiter = UserId.New();
        var employer = Employer.Register("Bouw Leiden", KvkNumber.Create("12345678"), false, owner, Now);
        var leiden = new Place("Leiden", "0546", new GeoPoint(52.15833, 4.49306));
        employer.UpdateDetails(owner, new EmployerDetails("Bouw Leiden", [Sector.Construction], [leiden], true,
            new DateOnly(2026, 11, 1), true, false), new DateOnly(2026, 11, 25));
        var invitation = employer.Invite(owner, "jan@bouw.example", new string('a', 64), false, Now);
        employer.AcceptInvitation(invitation.Id, new string('a', 64), recruiter, false, Now);
        var vacancy = Vacancy.Draft(employer, new VacancyDetails("Lasser", "<p>Lassen</p>", Sector.Construction,
            OccupationUri.FromId("7aedaa07-3884-4c5b-88f9-80997b2aa54b"),
            [new RequiredSkill(SkillUri.FromId("00000000-0000-4000-8000-0000000000a1"), SkillRelation.Optional)],
            [new LanguageSkill(LanguageCode.Dutch, CefrLevel.B1)], EducationLevel.Mbo2, true, false,
            [CertificateCode.Create("VCA-BASIS")], HoursRange.Create(32, 40), ContractType.FixedTerm,
            SalaryRange.Create(2800, 3400), VacancyLocation.Of(leiden), WorkMode.Hybrid, true, false, true,
            new DateOnly(2027, 1, 1), new DateOnly(2026, 12, 31)), recruiter, Now);
        vacancy.Publish(employer, recruiter, Now.AddHours(1), new DateOnly(2026, 11, 25));
        await using (var context = database.NewContext())
        {
            await new ReferenceDataSeeder(context).SeedAsync(default);
            context.AddRange(employer, vacancy);
            await context.SaveChangesAsync();
        }

        await using var reader = database.NewContext();
        var loaded = await reader.Vacancies.AsSplitQuery().SingleAsync(v => v.Status == VacancyStatus.Published);
        Vacancy.ChangedFields(vacancy.Details(), loaded.Details()).ShouldBeEmpty();
        loaded.History.Select(h => (h.Action, h.From, h.To, h.By)).ShouldBe(
            [(VacancyAction.Created, (VacancyStatus?)null, VacancyStatus.Draft, recruiter),
             (VacancyAction.Published, VacancyStatus.Draft, VacancyStatus.Published, recruiter)]);
        var member = await reader.Employers.AsSplitQuery().SingleAsync(e => e.Recruiters.Any(r => r.UserId == recruiter));
        member.Locations.ShouldHaveSingleItem().Point.ShouldBe(leiden.Location);
        member.Sectors.ShouldBe([Sector.Construction]);
        member.Invitations.ShouldHaveSingleItem().AcceptedBy.ShouldBe(recruiter);
    }

    [Fact]
    public async Task Recruiter_InTwoOrganisations_IsRejectedByTheDatabase()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var recruiter = UserId.New();
        await using var context = database.NewContext();
        foreach (var kvk in new[] { "11111111", "22222222" })
        {
            var owner = UserId.New();
            var employer = Employer.Register(kvk, KvkNumber.Create(kvk), false, owner, Now);
            var invitation = employer.Invite(owner, "jan@bouw.example", "h", false, Now);
            employer.AcceptInvitation(invitation.Id, "h", recruiter, false, Now);
            context.Employers.Add(employer);
        }

        await Should.ThrowAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public void SqlServerScript_CreatesTheVacancyTables()
    {
        using var context = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "Vacancies", "VacancySkills", "VacancyLanguages", "VacancyCertificates", "VacancyHistory",
                     "EmployerRecruiters", "EmployerInvitations", "EmployerLocations" })
        {
            script.ShouldContain($"CREATE TABLE [{table}]");
        }

        script.ShouldContain("CREATE UNIQUE INDEX [IX_EmployerRecruiters_UserId]");
        script.ShouldContain("[Description] nvarchar(max) NOT NULL");
    }
}
