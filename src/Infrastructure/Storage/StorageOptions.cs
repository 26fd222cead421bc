namespace TalentMatch.Infrastructure.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Where the embedded mode keeps its database, mail outbox and indexes. Relative to the content root.</summary>
    public string DataDirectory { get; set; } = "data";
}
