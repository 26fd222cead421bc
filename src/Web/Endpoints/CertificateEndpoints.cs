using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Certificates.AddCertificate;
using TalentMatch.Application.Certificates.ListCertificates;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Endpoints;

/// <summary>The certificates and licences vacancies can require: a shipped list the municipality extends.</summary>
public static class CertificateEndpoints
{
    public static RouteGroupBuilder MapCertificateEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/certificates").WithTags("Certificates");
        group.MapGet("/", List).WithSummary("All certificates and licences; name in the request's language, nameEn and nameNl.");
        group.MapPost("/", Add).RequireAuthorization(Policies.Municipality).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add a certificate or licence (code: letters, digits, dashes; upper-cased). Municipality only.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<CertificateDto>>> List(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListCertificatesQuery(), cancellationToken));

    private static async Task<Created<AddedCertificate>> Add(AddCertificateCommand command, ISender sender,
        CancellationToken cancellationToken)
    {
        var code = await sender.Send(command, cancellationToken);
        return TypedResults.Created("/api/v1/certificates", new AddedCertificate(code));
    }
}
