using System.Diagnostics;
using System.Text;

namespace TalentMatch.Web.AcceptanceTests.Indexing;

/// <summary>The app's own build (TalentMatch.Web.dll) run as a separate process, as an operator would run it.</summary>
internal sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private AppProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(WebDll)!,
        };
        start.ArgumentList.Add(WebDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _ = PumpAsync(_process.StandardOutput);
        _ = PumpAsync(_process.StandardError);
    }

    /// <summary>The web app next to this test assembly's (same configuration: Debug or Release).</summary>
    private static string WebDll => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "TalentMatch.Web.dll"));

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public static AppProcess Start(params string[] args) => new(args);

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    /// <summary>Waits until the output satisfies <paramref name="seen"/>; false when the process ended first.</summary>
    public async Task<bool> WaitForOutputAsync(Func<string, bool> seen, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (seen(Output))
            {
                return true;
            }

            if (_process.HasExited)
            {
                return seen(Output);
            }

            await Task.Delay(5);
        }

        return false;
    }

    /// <summary>SIGKILL, no chance to clean up: what a crash or an OOM kill does.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private async Task PumpAsync(StreamReader reader)
    {
        var buffer = new char[256];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (_gate)
            {
                _output.Append(buffer, 0, read);
            }
        }
    }
}
