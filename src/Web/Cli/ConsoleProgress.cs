using System.Diagnostics;
using System.Globalization;

namespace TalentMatch.Web.Cli;

/// <summary>A one-line progress bar on the console: "[#####-----]  50%  50,000/100,000 vacancies  8,123/s".</summary>
public sealed class ConsoleProgress(string what, int total, TextWriter output) : IProgress<int>
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _lastPercent = -1;

    public void Report(int value)
    {
        var percent = total == 0 ? 100 : (int)(value * 100L / total);
        if (percent == _lastPercent && value != total)
        {
            return;
        }

        _lastPercent = percent;
        var filled = percent * Width / 100;
        var rate = value / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        output.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {percent,3}%  {value:N0}/{total:N0} {what}  {rate:N0}/s   "));
        if (value >= total)
        {
            output.WriteLine();
        }
    }
}
