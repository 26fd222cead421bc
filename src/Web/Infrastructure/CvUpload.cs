using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Candidates.DownloadMyCv;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Web.Infrastructure;

/// <summary>What the CV page and the CV API share: the request limit and how a CV is sent back.</summary>
public static class CvUpload
{
    /// <summary>
    /// Requests up to twice the 5 MB file limit get through, so an oversized CV gets the friendly field error from
    /// the use case; anything larger is cut off by the server (413).
    /// </summary>
    public const long RequestSizeLimit = 2 * CvDocument.MaxSizeBytes;

    /// <summary>
    /// As an attachment (never shown inline in our origin), not sniffed, not cached: it is personal data.
    /// </summary>
    public static FileStreamHttpResult AsDownload(CvFileDto file, HttpResponse response)
    {
        NoSniffNoCache(response);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    public static void NoSniffNoCache(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = "sandbox";
    }
}
