using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace TalentMatch.Web.Pages.Alerts;

/// <summary>
/// Renders a page, its layout included, in the language its handler chose (<see cref="Use"/>). A culture set inside an
/// async handler does not flow out of it to the view; one set here, just before the result runs, does.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RenderInCultureAttribute : Attribute, IResultFilter
{
    private const string ItemKey = "TalentMatch.RenderCulture";

    public static void Use(HttpContext context, string culture) => context.Items[ItemKey] = culture;

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.HttpContext.Items[ItemKey] is string culture)
        {
            var info = CultureInfo.GetCultureInfo(culture);
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (info, info);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
