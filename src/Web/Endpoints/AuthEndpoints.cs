using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Accounts.RegisterCandidate;
using TalentMatch.Application.Accounts.RegisterEmployer;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Infrastructure.Identity;

namespace TalentMatch.Web.Endpoints;

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Accounts");
        group.MapPost("/register/candidate", RegisterCandidate)
            .WithSummary("Register as a candidate; a confirmation link is e-mailed.").ProducesValidationProblem();
        group.MapPost("/register/employer", RegisterEmployer)
            .WithSummary("Register an organisation and its first account; a confirmation link is e-mailed.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        // Identity's own endpoints: login (bearer tokens), refresh, confirmEmail, forgotPassword, resetPassword, manage.
        // Its /register would create an account without a role or profile, so ours above replace it.
        group.MapIdentityApi<ApplicationUser>().Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } pattern } route
                && pattern.EndsWith("/register", StringComparison.Ordinal))
            {
                route.Metadata.Add(new ExcludeFromDescriptionAttribute());
                route.RequestDelegate = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                };
            }
        });
        return group;
    }

    private static async Task<Accepted> RegisterCandidate(RegisterCandidateRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        await sender.Send(new RegisterCandidateCommand(request.Email ?? string.Empty, request.Password ?? string.Empty,
            request.DisplayName ?? string.Empty, RequestCulture()), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Accepted> RegisterEmployer(RegisterEmployerRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        await sender.Send(new RegisterEmployerCommand(request.Email ?? string.Empty, request.Password ?? string.Empty,
            request.OrganisationName ?? string.Empty, request.KvkNumber ?? string.Empty, RequestCulture()),
            cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static string RequestCulture() =>
        SupportedCultures.OrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
}
