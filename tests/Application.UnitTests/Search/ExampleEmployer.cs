using TalentMatch.Application.UnitTests.Matching;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.UnitTests.Search;

/// <summary>
/// A recognised-sponsor employer that drafts, publishes and closes vacancies through the real domain rules, so the
/// index decisions are tested on vacancies in each status.
/// </summary>
internal sealed class ExampleEmployer
{
    public static readonly DateTimeOffset PublishedAt = MatchExamples.Now.AddHours(2);

    public ExampleEmployer()
    {
        Employer = Employer.Register("Bouw Leiden", KvkNumber.Create("12345678"), false, Owner, MatchExamples.Now);
        Employer.UpdateDetails(Owner, new EmployerDetails("Bouw Leiden", [Sector.Construction], [], true,
            MatchExamples.Today.AddDays(-10), false, false), MatchExamples.Today);
    }

    public UserId Owner { get; } = UserId.New();

    public Employer Employer { get; }

    public Vacancy Draft(VacancyDetails details) => Vacancy.Draft(Employer, details, Owner, MatchExamples.Now);

    public Vacancy Published(VacancyDetails details)
    {
        var vacancy = Draft(details);
        vacancy.Publish(Employer, Owner, PublishedAt, MatchExamples.Today);
        return vacancy;
    }

    public Vacancy Closed(VacancyDetails details)
    {
        var vacancy = Published(details);
        vacancy.Close(Employer, Owner, PublishedAt.AddDays(1));
        return vacancy;
    }

    public Vacancy Filled(VacancyDetails details)
    {
        var vacancy = Published(details);
        vacancy.MarkFilled(Employer, Owner, PublishedAt.AddDays(1));
        return vacancy;
    }
}
