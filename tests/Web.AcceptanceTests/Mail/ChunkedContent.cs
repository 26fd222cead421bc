using System.Net;

namespace TalentMatch.Web.AcceptanceTests.Mail;

/// <summary>A body sent without Content-Length, in pieces, as a streaming client would.</summary>
public sealed class ChunkedContent(byte[] body) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < body.Length; offset += 4096)
        {
            await stream.WriteAsync(body.AsMemory(offset, Math.Min(4096, body.Length - offset)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
