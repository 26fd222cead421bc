using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TalentMatch.Web.AcceptanceTests.Shell;

/// <summary>
/// Every English text of every view (<c>@L["..."]</c>, and the label/hint/option-label of <c>&lt;tm-field&gt;</c>) has a
/// Dutch translation in the resx IViewLocalizer reads. Pages/Dev is for developers and stays English.
/// </summary>
public sealed partial class TranslationTests
{
    public static TheoryData<string> Views()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Web");
        var views = Directory.EnumerateFiles(Path.Combine(web, "Pages"), "*.cshtml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(web, f).Replace('\\', '/'))
            .Where(v => !v.StartsWith("Pages/Dev/", StringComparison.Ordinal))
            .Where(v => Keys(File.ReadAllText(Path.Combine(web, v))).Count > 0)
            .Order();
        return [.. views];
    }

    [Fact]
    public void Views_IncludeTheAccountPages() =>
        Views().Cast<object[]>().Select(row => (string)row[0]).ShouldContain("Pages/Account/Register.cshtml");

    [Theory]
    [MemberData(nameof(Views))]
    public void View_EveryLocalizedText_HasDutchEntry(string view)
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Web");
        var keys = Keys(File.ReadAllText(Path.Combine(web, view)));
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

    private static HashSet<string> Keys(string view)
    {
        var code = RazorComment().Replace(view, string.Empty);
        return [.. LocalizerKey().Matches(code).Select(m => m.Groups[1].Value),
            .. FieldText().Matches(code).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    // Plain keys and keys with format arguments: L["Apply before {0}.", date].
    [GeneratedRegex("""L\["((?:[^"\\]|\\.)*)"\s*[\],]""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(""""(?<=<tm-field[^>]*)\s(?:label|hint|option-label)="([^"]*)"""")]
    private static partial Regex FieldText();
}
