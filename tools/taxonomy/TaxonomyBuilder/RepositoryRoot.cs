namespace TalentMatch.Tools.Taxonomy;

/// <summary>The folder holding TalentMatch.sln, found from the working directory or from this tool's build output.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "TalentMatch.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Run this tool inside the TalentMatch repository (no TalentMatch.sln found).");
    }
}
