using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// The one place that turns use-case errors into ProblemDetails (400/404/403/409) for API callers. People's
/// requests fall through to the error page, which shows the same status (see Pages/Error.cshtml.cs).
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception,
        CancellationToken cancellationToken)
    {
        if (!httpContext.IsApiRequest())
        {
            return false;
        }

        ProblemDetails? problem = exception switch
        {
            ValidationException e => new ValidationProblemDetails(e.Errors.ToDictionary(kv => kv.Key, kv => kv.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = ErrorTexts.ValidationTitle,
            },
            BusinessRuleException e => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = ErrorTexts.RuleTitle,
                Detail = ErrorTexts.ForRule(e.BrokenRule),
                Extensions = { ["code"] = e.BrokenRule.Code },
            },
            NotFoundException => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = ErrorTexts.NotFoundTitle },
            ForbiddenAccessException => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = ErrorTexts.ForbiddenTitle },
            BadHttpRequestException e when QueryBinding.FailedParameter(e) is { } field => new ValidationProblemDetails(
                new Dictionary<string, string[]> { [field] = [ErrorTexts.ValueNotValid] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = ErrorTexts.ValidationTitle,
            },
            BadHttpRequestException e => new ProblemDetails { Status = e.StatusCode, Title = ErrorTexts.BadRequestTitle },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext, ProblemDetails = problem, Exception = exception,
        });
    }
}
