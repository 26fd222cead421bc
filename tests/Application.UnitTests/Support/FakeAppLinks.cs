using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.UnitTests.Support;

public sealed class FakeAppLinks : IAppLinks
{
    public string ConfirmEmail(UserId userId, string code) => $"https://tm.test/confirm?u={userId}&c={code}";

    public string ResetPassword(string email, string code) => $"https://tm.test/reset?e={email}&c={code}";

    public string Login() => "https://tm.test/login";

    public string AcceptInvitation(Guid invitationId, string token) => $"https://tm.test/invitation?id={invitationId}&token={token}";

    public string Vacancy(Guid vacancyId) => $"https://tm.test/Vacancies/Details/{vacancyId}";

    public string VacancyMatches(Guid vacancyId) => $"https://tm.test/Employer/Vacancies/Matches/{vacancyId}";

    public string Alerts() => "https://tm.test/Alerts";

    public string Unsubscribe(string token) => $"https://tm.test/alerts/unsubscribe?token={Uri.EscapeDataString(token)}";

    public string CandidateApplications() => "https://tm.test/candidate/applications";

    public string CandidateApplication(Guid applicationId) => $"https://tm.test/candidate/applications/{applicationId}";

    public string EmployerApplication(Guid applicationId) => $"https://tm.test/employer/applications/{applicationId}";

    public string EmployerVacancyApplications(Guid vacancyId) => $"https://tm.test/employer/vacancies/{vacancyId}/applications";
}
