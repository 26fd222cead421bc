using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Infrastructure;

/// <summary>The status code each use-case error stands for, for the API and for the people's error page alike.</summary>
public static class ExceptionStatusCodes
{
    public static int? For(Exception exception) => exception switch
    {
        ValidationException => StatusCodes.Status400BadRequest,
        BusinessRuleException => StatusCodes.Status409Conflict,
        NotFoundException => StatusCodes.Status404NotFound,
        ForbiddenAccessException => StatusCodes.Status403Forbidden,
        BadHttpRequestException e => e.StatusCode,
        _ => null,
    };

    public static bool IsApiRequest(this HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
