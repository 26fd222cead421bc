using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using TalentMatch.Application.Common.Localization;

namespace TalentMatch.Web.Endpoints;

public static class CultureEndpoints
{
    /// <summary>The language switch posts here; the choice is remembered for a year in a cookie.</summary>
    public static IEndpointConventionBuilder MapCultureEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/culture", SetCulture).ExcludeFromDescription();

    private static RedirectHttpResult SetCulture(HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] string? culture,
        [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl)
    {
        var chosen = SupportedCultures.OrDefault(culture);
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/";
        return TypedResults.LocalRedirect(target);
    }
}
