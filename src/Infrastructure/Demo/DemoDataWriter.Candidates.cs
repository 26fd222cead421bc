using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Infrastructure.Demo;

public sealed partial class DemoDataWriter
{
    /// <summary>Candidates with full profiles, each with an account in the candidate's language of choice.</summary>
    public async Task<int> WriteCandidatesAsync(IEnumerable<DemoCandidate> candidates, IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        var roleId = await RoleIdAsync(Roles.Candidate, cancellationToken);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var count = 0;
        foreach (var chunk in candidates.Chunk(BatchSize))
        {
            foreach (var demo in chunk)
            {
                var (user, role) = DemoAccounts.Create(demo.Email, roleId, demo.Index % 3 == 0 ? "nl" : "en");
                var candidate = Candidate.Register(new UserId(user.Id), demo.DisplayName, now.AddDays(-(demo.Index % 300)));
                candidate.UpdateProfile(Profile(demo, today), now);
                db.Users.Add(user);
                db.UserRoles.Add(role);
                db.Candidates.Add(candidate);
            }

            await SaveBatchAsync(cancellationToken);
            count += chunk.Length;
            progress?.Report(count);
        }

        return count;
    }

    private ProfileDetails Profile(DemoCandidate demo, DateOnly today) => new(
        demo.DesiredOccupations, demo.Skills.Take(100).ToList(), demo.Languages, demo.Education,
        demo.Recognition == RecognitionStatus.None ? DiplomaRecognition.None
            : DiplomaRecognition.Create(demo.Recognition, demo.Education is EducationLevel.Mbo4 or EducationLevel.AssociateDegree
                ? RecognitionBody.Duo : RecognitionBody.IdwNuffic),
        demo.BigRegistration, demo.Certificates, demo.WorkAuthorisation, today.AddDays(demo.AvailableInDays),
        WeeklyHours.Create(demo.HoursMin, demo.HoursMax), HomeLocation.Create(places.Find(demo.PlaceName)!, demo.MaxCommuteKm),
        demo.WillingToRelocate, demo.NeedsHousing ? HousingNeed.NeedsHousing : HousingNeed.None,
        demo.VisibleToEmployers, demo.ConsentsToStatistics, demo.Group);
}
