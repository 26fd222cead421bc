namespace TalentMatch.Domain.Candidates;

/// <summary>The name a CV is offered under on download: the uploaded name without folders or control characters.</summary>
public static class CvFileName
{
    public static string Clean(string? uploadedName, CvFileType type)
    {
        var name = (uploadedName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c) && c != '"')]).Trim();
        var extension = type.Extension();
        if (!name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            var stem = Path.GetFileNameWithoutExtension(name).Trim();
            name = (stem.Length == 0 ? "cv" : stem) + extension;
        }

        return name.Length <= CvDocument.FileNameMaxLength ? name : "cv" + extension;
    }
}
