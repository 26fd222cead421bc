using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Application.Common.Localization;

namespace TalentMatch.Web.Endpoints;

public static class CultureEndpoints
{
    /// <summary>The language switch posts here; the choice is remembered for a year in a cookie.</summary>
    /// <remarks>
    /// The antiforgery token is checked here rather than by the middleware: an invalid (e.g. expired) token then
    /// gives an empty 400, which the status code pages turn into the friendly page, instead of a failed form read.
    /// </remarks>
    public static IEndpointConventionBuilder MapCultureEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/culture", SetCulture).DisableAntiforgery().ExcludeFromDescription();

    private static async Task<Results<RedirectHttpResult, BadRequest>> SetCulture(HttpContext context,
        IAntiforgery antiforgery, [FromForm] string? culture, [FromForm] string? returnUrl)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        var chosen = SupportedCultures.OrDefault(culture);
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/";
        return TypedResults.LocalRedirect(target);
    }
}
