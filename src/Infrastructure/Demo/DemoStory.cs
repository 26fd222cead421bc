using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Places;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Demo;

/// <summary>
/// Gives the demo candidate login a ready profile so matching can be tried at once: a Polish welder in Leiden with
/// Dutch A2 and no VCA certificate, who finds Dutch "lasser" vacancies and sees what is missing and where to get it.
/// Only fills an empty profile: what a visitor changed is kept.
/// </summary>
public sealed class DemoStory(ApplicationDbContext db, ITaxonomy taxonomy, IPlaceDirectory places, TimeProvider clock)
{
    public const string CandidateEmail = "candidate@demo.talentmatch.local";

    /// <summary>ESCO "welder" (ISCO 7212).</summary>
    public static readonly OccupationUri Welder = OccupationUri.FromId("7aedaa07-3884-4c5b-88f9-80997b2aa54b");

    public async Task FillCandidateAsync(CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == CandidateEmail.ToUpperInvariant(),
            cancellationToken);
        var userId = user is null ? (UserId?)null : new UserId(user.Id);
        var candidate = userId is null ? null
            : await db.Candidates.FirstOrDefaultAsync(c => c.UserId == userId.Value, cancellationToken);
        if (candidate is null || candidate.DesiredOccupations.Count > 0 || taxonomy.FindOccupation(Welder) is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var skills = taxonomy.SkillsOf(Welder, SkillRelation.Essential).Take(10).Select(s => s.Skill).ToList();
        candidate.UpdateProfile(new ProfileDetails(
            [Welder], skills,
            [new(LanguageCode.Create("pl"), CefrLevel.C2), new(LanguageCode.Dutch, CefrLevel.A2), new(LanguageCode.English, CefrLevel.B1)],
            EducationLevel.Mbo3, DiplomaRecognition.None, BigRegistrationStatus.NotApplicable, [],
            WorkAuthorisation.EuEeaOrSwissCitizen, today.AddDays(14), WeeklyHours.Create(32, 40),
            HomeLocation.Create(places.Find("Leiden")!, 25), WillingToRelocate: false, HousingNeed.NeedsHousing,
            VisibleToEmployers: true, ConsentsToStatistics: true, CandidateGroup.EuWorker), now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
