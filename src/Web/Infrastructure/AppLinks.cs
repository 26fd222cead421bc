using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// Absolute links for e-mails: from App:PublicBaseUrl, else the current request, else (background work such as alert
/// mail) the address the server listens on.
/// </summary>
public sealed class AppLinks(IHttpContextAccessor accessor, IOptions<AppOptions> options, IServer server) : IAppLinks
{
    public string ConfirmEmail(UserId userId, string code) =>
        Absolute($"/Account/ConfirmEmail?userId={userId}&code={Uri.EscapeDataString(code)}");

    public string ResetPassword(string email, string code) =>
        Absolute($"/Account/ResetPassword?email={Uri.EscapeDataString(email)}&code={Uri.EscapeDataString(code)}");

    public string Login() => Absolute("/Account/Login");

    public string AcceptInvitation(Guid invitationId, string token) =>
        Absolute($"/Account/AcceptInvitation?id={invitationId}&token={Uri.EscapeDataString(token)}");

    public string Vacancy(Guid vacancyId) => Absolute($"/Vacancies/Details/{vacancyId}");

    public string VacancyMatches(Guid vacancyId) => Absolute($"/Employer/Vacancies/Matches/{vacancyId}");

    public string Alerts() => Absolute("/Alerts");

    public string Unsubscribe(string token) => Absolute($"/alerts/unsubscribe?token={Uri.EscapeDataString(token)}");

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

        return $"{baseUrl ?? Listening() ?? "http://localhost:5000"}{pathAndQuery}";
    }

    /// <summary>The first address Kestrel listens on, with a wildcard host ("http://+:5080") read as localhost.</summary>
    private string? Listening() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } address
            ? address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .TrimEnd('/')
            : null;
}
