namespace TalentMatch.Infrastructure.Email.File;

/// <summary>The "Email:File" section.</summary>
public sealed class FileOutboxOptions
{
    public const string SectionName = "Email:File";

    /// <summary>Folder for the .eml files; relative to the data folder, or absolute.</summary>
    public string Directory { get; set; } = "outbox";
}
