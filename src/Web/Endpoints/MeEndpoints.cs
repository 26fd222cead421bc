using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Candidates.GetMyProfile;
using TalentMatch.Application.Candidates.SuggestSkills;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Endpoints;

/// <summary>
/// The signed-in candidate's own profile and CV. No route takes a candidate id: "me" is always the caller. Labels
/// come in <c>lang</c> (en, nl, pl, fr, es), else the request's language.
/// </summary>
public static class MeEndpoints
{
    public static RouteGroupBuilder MapMeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/me").WithTags("Me");
        group.MapGet("/profile", GetProfile).RequireAuthorization(Policies.Candidate)
            .WithSummary("The signed-in candidate's profile, with completeness and what is missing.").ProducesValidationProblem();
        group.MapPut("/profile", UpdateProfile).RequireAuthorization(Policies.Candidate)
            .WithSummary("Replace the whole profile. Unknown ESCO URIs, certificates or places are field errors.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/profile/skill-suggestions", SuggestSkills).RequireAuthorization(Policies.Candidate)
            .WithSummary("Essential ESCO skills of the desired occupations that the profile does not have yet.")
            .ProducesValidationProblem();
        group.MapMyCvEndpoints();
        return group;
    }

    private static async Task<Ok<MyProfileDto>> GetProfile(string? lang, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyProfileQuery(lang ?? RequestLanguage()), cancellationToken));

    private static async Task<NoContent> UpdateProfile(UpdateProfileRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        await sender.Send(request.ToCommand(), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<SkillSuggestionDto>>> SuggestSkills(string? lang, ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SuggestSkillsQuery(lang ?? RequestLanguage()), cancellationToken));

    private static string RequestLanguage() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
