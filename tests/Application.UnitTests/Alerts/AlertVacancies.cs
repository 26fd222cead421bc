using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Application.UnitTests.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.UnitTests.Alerts;

/// <summary>Published vacancies and visible candidates for alert tests, saved through the domain.</summary>
internal static class AlertVacancies
{
    public static async Task<Vacancy> PublishedAsync(this AlertWorld world, string title = "Lasser",
        GeoPoint? at = null, DateOnly? closing = null)
    {
        var now = world.Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var vacancy = Vacancy.Draft(world.Employer, new VacancyDetails(title, "<p>Wij zoeken een lasser.</p>",
            Sector.Construction, TaxonomyExamples.Welder.Uri, [], [new LanguageSkill(LanguageCode.Dutch, CefrLevel.B1)],
            EducationLevel.Mbo2, false, false, [], HoursRange.Create(32, 40), ContractType.Permanent,
            SalaryRange.Create(2800, 3400), new VacancyLocation("Katwijk aan Zee", at ?? new GeoPoint(52.2031, 4.3986)),
            WorkMode.OnSite, false, false, false, null, closing ?? today.AddDays(60)), world.EmployerUser, now);
        vacancy.Publish(world.Employer, world.EmployerUser, now, today);
        world.Db.Vacancies.Add(vacancy);
        await world.Db.SaveChangesAsync();
        return vacancy;
    }

    public static async Task<Candidate> VisibleCandidateAsync(this AlertWorld world, bool visible = true)
    {
        var now = world.Clock.GetUtcNow();
        var candidate = Candidate.Register(Domain.Common.UserId.New(), "Zofia Kowalska", now);
        candidate.UpdateProfile(new ProfileDetails([TaxonomyExamples.Welder.Uri], [],
            [new LanguageSkill(LanguageCode.Dutch, CefrLevel.B1)], null, DiplomaRecognition.None,
            BigRegistrationStatus.NotApplicable, [], WorkAuthorisation.EuEeaOrSwissCitizen, null, null,
            HomeLocation.Create(FakePlaces.Leiden, 20), false, HousingNeed.None, visible, false), now);
        world.Db.Candidates.Add(candidate);
        await world.Db.SaveChangesAsync();
        return candidate;
    }
}
