using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Common.Interfaces;

/// <summary>Absolute links for e-mails; the web layer knows the public address.</summary>
public interface IAppLinks
{
    string ConfirmEmail(UserId userId, string code);

    string ResetPassword(string email, string code);

    string Login();

    /// <summary>The page where an invited colleague joins the organisation.</summary>
    string AcceptInvitation(Guid invitationId, string token);

    /// <summary>A vacancy's public page.</summary>
    string Vacancy(Guid vacancyId);

    /// <summary>The employer's page of candidates who match one of their vacancies.</summary>
    string VacancyMatches(Guid vacancyId);

    /// <summary>The page where people see, change, pause and delete their alerts.</summary>
    string Alerts();

    /// <summary>The one-click unsubscribe page (GET asks to confirm; POST unsubscribes, RFC 8058).</summary>
    string Unsubscribe(string token);

    /// <summary>The candidate's list of applications and reported jobs.</summary>
    string CandidateApplications();

    /// <summary>The candidate's page of one of their applications.</summary>
    string CandidateApplication(Guid applicationId);

    /// <summary>The employer's page of an application to one of its vacancies.</summary>
    string EmployerApplication(Guid applicationId);

    /// <summary>The employer's list of applications and reported placements of a vacancy.</summary>
    string EmployerVacancyApplications(Guid vacancyId);
}
