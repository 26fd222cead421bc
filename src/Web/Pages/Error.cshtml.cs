using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages;

/// <summary>
/// The page people see for an error status (re-executed by UseWeb for non-API paths) or an unhandled exception.
/// Shows a status-specific text and a request id for support; never the exception.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; } = StatusCodes.Status500InternalServerError;

    public string RequestId { get; private set; } = string.Empty;

    public void OnGet() => Show();

    // A re-executed POST stays a POST. No parameters and no bound properties: the form is never read, so a
    // request whose form failed antiforgery validation can still be shown this page.
    public void OnPost() => Show();

    private void Show()
    {
        var statusCode = int.TryParse(RouteData.Values["statusCode"]?.ToString(), out var code) ? code : 0;
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } error
            && ExceptionStatusCodes.For(error) is { } mapped)
        {
            // A use-case error on a page (e.g. a profile that does not exist): its own status, not a 500.
            statusCode = mapped;
            Response.StatusCode = mapped;
        }

        Code = statusCode is >= 400 and <= 599 ? statusCode : StatusCodes.Status500InternalServerError;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (Response.StatusCode < 400)
        {
            // Visited directly rather than re-executed: answer with the status the page describes.
            Response.StatusCode = Code;
        }
    }
}
