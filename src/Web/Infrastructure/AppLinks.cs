using Microsoft.Extensions.Options;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Infrastructure;

public sealed class AppLinks(IHttpContextAccessor accessor, IOptions<AppOptions> options) : IAppLinks
{
    public string ConfirmEmail(UserId userId, string code) =>
        Absolute($"/Account/ConfirmEmail?userId={userId}&code={Uri.EscapeDataString(code)}");

    public string ResetPassword(string email, string code) =>
        Absolute($"/Account/ResetPassword?email={Uri.EscapeDataString(email)}&code={Uri.EscapeDataString(code)}");

    public string Login() => Absolute("/Account/Login");

    public string AcceptInvitation(Guid invitationId, string token) =>
        Absolute($"/Account/AcceptInvitation?id={invitationId}&token={Uri.EscapeDataString(token)}");

    public string CandidateApplications() => Absolute("/Candidate/Applications");

    public string CandidateApplication(Guid applicationId) => Absolute($"/Candidate/Applications/Details/{applicationId}");

    public string EmployerApplication(Guid applicationId) => Absolute($"/Employer/Applications/Details/{applicationId}");

    public string EmployerVacancyApplications(Guid vacancyId) => Absolute($"/Employer/Vacancies/Applications/{vacancyId}");

    private string Absolute(string pathAndQuery)
    {
        var baseUrl = options.Value.PublicBaseUrl?.ToString().TrimEnd('/');
        if (baseUrl is null && accessor.HttpContext?.Request is { } request)
        {
            baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return $"{baseUrl ?? "http://localhost:5000"}{pathAndQuery}";
    }
}
