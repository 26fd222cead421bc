using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.Email.File;

/// <summary>
/// Writes each message as an .eml file named after its idempotency key. The file is written under a temporary
/// name and moved into place, so readers never see half a message and a resend of the same key leaves one file.
/// </summary>
public sealed class FileEmailGateway(FileOutboxDirectory directory, MimeMessageFactory messages) : IEmailGateway
{
    public async Task SendAsync(EmailToSend message, CancellationToken cancellationToken)
    {
        var mime = messages.Create(message);
        var target = Path.Combine(directory.FullPath, FileOutboxDirectory.FileNameFor(message.IdempotencyKey));
        if (System.IO.File.Exists(target))
        {
            return; // an earlier attempt got this far: the message is already delivered
        }

        var temporary = Path.Combine(directory.FullPath, $".{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory.FullPath);
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None,
                bufferSize: 4096, FileOptions.Asynchronous))
            {
                await mime.WriteToAsync(stream, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            System.IO.File.Move(temporary, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ProviderStatus.Transient("file:" + ex.GetType().Name, "Could not write the outbox file.", ex);
        }
        finally
        {
            System.IO.File.Delete(temporary); // no-op once moved
        }
    }
}
