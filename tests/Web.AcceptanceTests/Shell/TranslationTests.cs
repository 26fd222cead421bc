using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TalentMatch.Web.AcceptanceTests.Shell;

/// <summary>Every English text of the shell's views has a Dutch translation in the resx IViewLocalizer reads.</summary>
public sealed partial class TranslationTests
{
    [Theory]
    [InlineData("Pages/Index.cshtml")]
    [InlineData("Pages/About.cshtml")]
    [InlineData("Pages/Error.cshtml")]
    [InlineData("Pages/Shared/_Layout.cshtml")]
    [InlineData("Pages/Shared/_MainNav.cshtml")]
    [InlineData("Pages/Shared/_LanguageSwitch.cshtml")]
    [InlineData("Pages/Shared/_ErrorSummary.cshtml")]
    public void View_EveryLocalizedText_HasDutchEntry(string view)
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Web");
        var keys = LocalizerKey().Matches(File.ReadAllText(Path.Combine(web, view))).Select(m => m.Groups[1].Value).ToHashSet();
        var resx = Path.Combine(web, "Resources", Path.ChangeExtension(view, null) + ".nl.resx");

        var dutch = XDocument.Load(resx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value"));

        keys.ShouldNotBeEmpty();
        keys.Where(k => string.IsNullOrWhiteSpace(dutch.GetValueOrDefault(k))).ShouldBeEmpty();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TalentMatch.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TalentMatch.sln not found above the test output.");
    }

    [GeneratedRegex("""L\["((?:[^"\\]|\\.)*)"\]""")]
    private static partial Regex LocalizerKey();
}
