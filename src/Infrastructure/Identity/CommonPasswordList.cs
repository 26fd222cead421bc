using System.Collections.Frozen;

namespace TalentMatch.Infrastructure.Identity;

/// <summary>The common passwords the product ships (Data/common-passwords.txt), compared case-insensitively.</summary>
public sealed class CommonPasswordList
{
    private readonly FrozenSet<string> _passwords;

    private CommonPasswordList(FrozenSet<string> passwords) => _passwords = passwords;

    public static CommonPasswordList Shipped { get; } = Load();

    public int Count => _passwords.Count;

    public bool Contains(string password) => _passwords.Contains(password.Trim());

    private static CommonPasswordList Load()
    {
        using var stream = typeof(CommonPasswordList).Assembly
            .GetManifestResourceStream("TalentMatch.Infrastructure.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                passwords.Add(line);
            }
        }

        return new CommonPasswordList(passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }
}
