using Microsoft.AspNetCore.Localization;
using TalentMatch.Application.Common.Localization;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// English and Dutch. The browser's language is the default; a choice made with the language switch is kept in
/// a cookie. Texts: English in the views, Dutch in Resources/*.nl.resx (key = English text).
/// </summary>
public static class WebLocalization
{
    public static IServiceCollection AddWebLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(SupportedCultures.Default)
                .AddSupportedCultures([.. SupportedCultures.All])
                .AddSupportedUICultures([.. SupportedCultures.All]);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
