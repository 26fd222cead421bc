using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;

namespace TalentMatch.Infrastructure.IntegrationTests.Alerts.Mailing;

public sealed class TestLinks : IAppLinks
{
    public const string Base = "https://talentmatch.test";

    public string ConfirmEmail(UserId userId, string code) => $"{Base}/Account/ConfirmEmail?userId={userId}";

    public string ResetPassword(string email, string code) => $"{Base}/Account/ResetPassword";

    public string Login() => $"{Base}/Account/Login";

    public string AcceptInvitation(Guid invitationId, string token) => $"{Base}/Account/AcceptInvitation?id={invitationId}";

    public string Vacancy(Guid vacancyId) => $"{Base}/Vacancies/Details/{vacancyId}";

    public string VacancyMatches(Guid vacancyId) => $"{Base}/Employer/Vacancies/Matches/{vacancyId}";

    public string Alerts() => $"{Base}/Alerts";

    public string Unsubscribe(string token) => $"{Base}/alerts/unsubscribe?token={Uri.EscapeDataString(token)}";

    public string CandidateApplications() => $"{Base}/Candidate/Applications";

    public string CandidateApplication(Guid applicationId) => $"{Base}/Candidate/Applications/Details/{applicationId}";

    public string EmployerApplication(Guid applicationId) => $"{Base}/Employer/Applications/Details/{applicationId}";

    public string EmployerVacancyApplications(Guid vacancyId) => $"{Base}/Employer/Vacancies/Applications/{vacancyId}";
}
