using System.Globalization;

namespace TalentMatch.Application.UnitTests.Support;

/// <summary>Runs code in a UI culture and puts the previous one back.</summary>
public sealed class Culture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    private Culture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

    public static Culture Use(string name) => new(name);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
