using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Domain.UnitTests.Vacancies;

namespace TalentMatch.Domain.UnitTests.Applications;

internal static class ApplicationExamples
{
    public static readonly DateTimeOffset Now = VacancyExamples.Now;
    public static readonly DateOnly Today = VacancyExamples.Today;
    public static readonly UserId Recruiter = VacancyExamples.Owner;

    public static Vacancy Vacancy() => VacancyExamples.Published(VacancyExamples.Employer());

    public static Candidate Candidate(bool visible = true)
    {
        var candidate = Domain.Candidates.Candidate.Register(UserId.New(), "Zofia Kowalska", Now.AddDays(-30));
        if (visible)
        {
            candidate.UpdateProfile(new ProfileDetails(
                [VacancyExamples.Welder().Occupation!.Value], [], [], null, DiplomaRecognition.None, default, [], null,
                null, null, null, false, HousingNeed.None, VisibleToEmployers: true, ConsentsToStatistics: true), Now);
        }

        return candidate;
    }

    public static JobApplication Applied(Vacancy vacancy, Candidate? candidate = null) =>
        JobApplication.Apply(candidate ?? Candidate(), vacancy, "I weld MIG and TIG.", null, false, false, Now, Today);

    public static JobApplication At(ApplicationStage stage)
    {
        var application = Applied(Vacancy());
        foreach (var step in ApplicationStages.Progress.Skip(1).TakeWhile(s => s.Step() <= stage.Step()))
        {
            if (step == ApplicationStage.Hired)
            {
                application.Hire(Recruiter, Now);
            }
            else
            {
                application.MoveTo(step, Recruiter, Now);
            }
        }

        return application;
    }

    public static string CodeOf(Action action) => Should.Throw<BusinessRuleException>(action).BrokenRule.Code;
}
