namespace TalentMatch.Application.Candidates.Cv;

/// <summary>
/// Where CV files are kept, outside anything the web server serves. Files are named by a random key the store
/// makes up; the uploaded file name never becomes a path.
/// </summary>
public interface ICvStore
{
    /// <summary>Stores the content and returns its new key.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>The content stored under the key, or null when there is none (or the key is not one of ours).</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the content; a missing one is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
