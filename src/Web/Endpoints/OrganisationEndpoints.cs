using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Employers.GetMembers;
using TalentMatch.Application.Employers.GetMyOrganisation;
using TalentMatch.Application.Employers.InviteRecruiter;
using TalentMatch.Application.Employers.RemoveRecruiter;
using TalentMatch.Application.Employers.UpdateMyOrganisation;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Endpoints;

/// <summary>The signed-in employer's organisation. Every member reads; only the owner changes details and members (403).</summary>
public static class OrganisationEndpoints
{
    public static RouteGroupBuilder MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/me/organisation").WithTags("Me").RequireAuthorization(Policies.Employer);
        group.MapGet("/", Get).WithSummary("The organisation of the signed-in owner or recruiter.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/", Update).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Change name, sectors (codes), locations (place names), IND recognised sponsor (with the date checked) and support offered. Owner only.");
        group.MapGet("/members", Members).WithSummary("Owner, recruiters and open invitations.");
        group.MapPost("/invitations", Invite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Invite a colleague by e-mail to join as a recruiter (valid 7 days). Owner only.");
        group.MapDelete("/members/{userId:guid}", Remove).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Remove a recruiter. Owner only.");
        return group;
    }

    private static async Task<Ok<MyOrganisationDto>> Get(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyOrganisationQuery(), cancellationToken));

    private static async Task<Ok<MyOrganisationDto>> Update(UpdateMyOrganisationCommand command, ISender sender,
        CancellationToken cancellationToken)
    {
        await sender.Send(command, cancellationToken);
        return TypedResults.Ok(await sender.Send(new GetMyOrganisationQuery(), cancellationToken));
    }

    private static async Task<Ok<MembersDto>> Members(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMembersQuery(), cancellationToken));

    private static async Task<Accepted> Invite(InviteRecruiterRequest request, ISender sender,
        CancellationToken cancellationToken)
    {
        var culture = SupportedCultures.OrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        await sender.Send(new InviteRecruiterCommand(request.Email ?? string.Empty, culture), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<NoContent> Remove(Guid userId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveRecruiterCommand(userId), cancellationToken);
        return TypedResults.NoContent();
    }
}
