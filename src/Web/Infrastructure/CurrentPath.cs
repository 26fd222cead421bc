using Microsoft.AspNetCore.Diagnostics;

namespace TalentMatch.Web.Infrastructure;

/// <summary>Where the person is: the language switch sends them back here.</summary>
public static class CurrentPath
{
    /// <summary>Path and query of the request; on a re-executed error page, those the person asked for.</summary>
    public static string PathAndQuery(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } statusCode)
        {
            return statusCode.OriginalPath + statusCode.OriginalQueryString;
        }

        if (context.Features.Get<IExceptionHandlerPathFeature>() is { } exception)
        {
            return exception.Path;
        }

        return context.Request.Path + context.Request.QueryString;
    }

    /// <summary>True when <paramref name="path"/> is the page being shown (for <c>aria-current="page"</c>).</summary>
    public static bool Is(HttpContext context, string path) =>
        string.Equals(context.Request.Path.Value?.TrimEnd('/'), path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
