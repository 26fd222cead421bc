using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Candidates.GetMyProfile;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Endpoints;

public static class MeEndpoints
{
    public static RouteGroupBuilder MapMeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/me").WithTags("Me");
        group.MapGet("/profile", GetProfile).RequireAuthorization(Policies.Candidate)
            .WithSummary("The signed-in candidate's profile.");
        return group;
    }

    private static async Task<Ok<MyProfileDto>> GetProfile(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyProfileQuery(), cancellationToken));
}
