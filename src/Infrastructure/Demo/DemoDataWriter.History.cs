using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Placements;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Infrastructure.Demo;

public sealed partial class DemoDataWriter
{
    private const int HistoryBatchSize = 100;

    private static readonly ApplicationStage[] EmployerSteps =
        [ApplicationStage.Screening, ApplicationStage.Interview, ApplicationStage.Offer];

    /// <summary>
    /// The past year through the domain's own steps: each past vacancy posted, its applicants registered and applied,
    /// moved through the stages, hired (with a placement) or not, and the vacancy marked filled after the last hire.
    /// </summary>
    public async Task<int> WriteHistoryAsync(IEnumerable<DemoPastVacancy> past, IReadOnlyDictionary<int, Employer> employers,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var roleId = await RoleIdAsync(Roles.Candidate, cancellationToken);
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var chunk in past.Chunk(HistoryBatchSize))
        {
            foreach (var demo in chunk)
            {
                var employer = employers[demo.Vacancy.EmployerIndex];
                var posted = now.AddDays(-demo.Vacancy.PostedDaysAgo);
                var vacancy = Vacancy.Draft(employer, Details(demo.Vacancy, employer, Day(posted)), employer.OwnerId, posted);
                vacancy.Publish(employer, employer.OwnerId, posted, Day(posted));
                db.Vacancies.Add(vacancy);
                var last = demo.Applicants.Select(a => Apply(a, vacancy, employer, roleId, posted)).Max();
                vacancy.MarkFilled(employer, employer.OwnerId, last.AddDays(1));
            }

            await SaveBatchAsync(cancellationToken);
            count += chunk.Length;
            progress?.Report(count);
        }

        return count;
    }

    /// <summary>Registers the applicant, applies and takes the steps; the moment of the last step.</summary>
    private DateTimeOffset Apply(DemoApplicant applicant, Vacancy vacancy, Employer employer, Guid roleId, DateTimeOffset posted)
    {
        var demo = applicant.Candidate;
        var applied = posted.AddDays(applicant.AppliedDaysAfterPosting).AddHours(demo.Index % 9);
        var registered = applied.AddDays(-applicant.RegisteredDaysBefore);
        var (user, role) = DemoAccounts.Create(demo.Email, roleId, demo.Index % 3 == 0 ? "nl" : "en");
        var candidate = Candidate.Register(new UserId(user.Id), demo.DisplayName, registered);
        candidate.UpdateProfile(Profile(demo, Day(registered)), registered);
        db.Users.Add(user);
        db.UserRoles.Add(role);
        db.Candidates.Add(candidate);
        var application = JobApplication.Apply(candidate, vacancy, string.Empty, null, keepForAYear: false,
            alreadyOpen: false, applied, Day(applied));
        var at = applied;
        foreach (var (stage, i) in EmployerSteps.Take(applicant.Furthest - 1).Select((s, i) => (s, i)))
        {
            at = at.AddDays(applicant.StepDays[i]);
            application.MoveTo(stage, employer.OwnerId, at);
        }

        at = at.AddDays(applicant.StepDays[^1]);
        switch (applicant.Outcome)
        {
            case ApplicationStage.Hired:
                application.Hire(employer.OwnerId, at);
                db.Placements.Add(Placement.FromHire(application, vacancy, UnitGroupOf(vacancy), PlacementTerms.Create(
                    Day(at).AddDays(14), vacancy.HoursMax ?? 32, vacancy.ContractType ?? ContractType.Permanent,
                    sponsorNeeded: vacancy.VisaSponsorship && demo.WorkAuthorisation.NeedsSponsor(),
                    applicant.HousingArranged), employer.OwnerId, at));
                break;
            case ApplicationStage.Withdrawn:
                application.Withdraw(candidate.UserId, at);
                break;
            default:
                application.MoveTo(ApplicationStage.NotSelected, employer.OwnerId, at);
                break;
        }

        db.JobApplications.Add(application);
        return at;
    }

    private Domain.Taxonomy.IscoCode? UnitGroupOf(Vacancy vacancy) =>
        vacancy.Occupation is { } occupation ? taxonomy.FindOccupation(occupation)?.IscoCode : null;

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
