using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Application.Candidates.DeleteMyCv;
using TalentMatch.Application.Candidates.DownloadMyCv;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Candidates.UploadMyCv;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Endpoints;

/// <summary><c>/api/v1/me/cv</c>: upload (multipart, field <c>file</c>), download and delete the caller's own CV.</summary>
public static class MyCvEndpoints
{
    public static void MapMyCvEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/cv", Upload).RequireAuthorization(Policies.Candidate)
            .WithSummary("Upload a CV: PDF or DOCX (recognised by content), at most 5 MB, virus-checked. Replaces the old one.")
            .WithMetadata(new RequestSizeLimitAttribute(CvUpload.RequestSizeLimit))
            .DisableAntiforgery()   // checked in Upload, for cookie callers only
            .ProducesValidationProblem();
        group.MapGet("/cv", Download).RequireAuthorization(Policies.Candidate)
            .WithSummary("Download the CV.").Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/cv", Delete).RequireAuthorization(Policies.Candidate).WithSummary("Delete the CV.");
    }

    /// <remarks>
    /// A multipart POST is the one request a foreign site can make a browser send without asking (no CORS preflight),
    /// so a caller signed in with the cookie must send an antiforgery token; a bearer token is never sent by itself.
    /// </remarks>
    private static async Task<Results<Created<CvDto>, BadRequest>> Upload(IFormFile? file, HttpContext context,
        IAntiforgery antiforgery, ISender sender, CancellationToken cancellationToken)
    {
        if (!IsBearer(context) && !await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        await using var content = file?.OpenReadStream();
        var cv = await sender.Send(new UploadMyCvCommand(content, file?.FileName), cancellationToken);
        return TypedResults.Created("/api/v1/me/cv", cv);
    }

    private static async Task<FileStreamHttpResult> Download(HttpContext context, ISender sender,
        CancellationToken cancellationToken) =>
        CvUpload.AsDownload(await sender.Send(new DownloadMyCvQuery(), cancellationToken), context.Response);

    private static async Task<NoContent> Delete(ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteMyCvCommand(), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>As <see cref="DependencyInjection.BearerOrCookieScheme"/> decides: with this header the cookie is not read.</summary>
    private static bool IsBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
