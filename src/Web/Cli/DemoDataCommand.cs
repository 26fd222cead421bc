using System.Globalization;
using TalentMatch.Infrastructure.Demo;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Web.Cli;

/// <summary>
/// <c>dotnet run --project src/Web -- demo-data [--employers N] [--vacancies N] [--candidates N] [--past-vacancies N] [--seed N]</c>:
/// fills the configured database with generated demo data, e.g. 100,000 vacancies and 200,000 candidates for
/// benchmarks (use a fresh data folder: <c>--Storage:DataDirectory=/tmp/tm-bench</c>). Other arguments are
/// configuration, as for the web app.
/// </summary>
public static class DemoDataCommand
{
    public const string Name = "demo-data";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>The configuration arguments for the host: demo mode off, so start-up does not seed the default set.</summary>
    public static string[] HostArguments(string[] args) => [.. args[1..], "--Demo:Enabled=false"];

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output)
    {
        if (!TryParse(args.Skip(1).ToArray(), out var size, out var seed, out var error))
        {
            await output.WriteLineAsync($"{error}\nUsage: {Name} [--employers N] [--vacancies N] [--candidates N] [--past-vacancies N] [--seed N]");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);
        var progress = new DemoProgress(new ConsoleProgress("employers", size.Employers, output),
            new ConsoleProgress("vacancies", size.Vacancies, output), new ConsoleProgress("candidates", size.Candidates, output),
            new ConsoleProgress("past vacancies", size.PastVacancies, output));
        var written = await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>()
            .SeedAsync(size, seed, progress, CancellationToken.None);
        await output.WriteLineAsync(written
            ? "Demo data written."
            : "This database already has demo data; nothing was written. Use a fresh --Storage:DataDirectory.");
        return written ? 0 : 1;
    }

    /// <summary>Reads the command's own options; configuration arguments (--Section:Key=value) are left alone.</summary>
    public static bool TryParse(string[] args, out DemoSize size, out int seed, out string? error)
    {
        var values = new Dictionary<string, int>
        {
            ["--employers"] = DemoSize.Default.Employers, ["--vacancies"] = DemoSize.Default.Vacancies,
            ["--candidates"] = DemoSize.Default.Candidates, ["--past-vacancies"] = DemoSize.Default.PastVacancies,
            ["--seed"] = DemoSize.DefaultSeed,
        };
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (!values.ContainsKey(args[i]))
            {
                continue;
            }

            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                || (args[i] != "--seed" && value is < 0 or > 10_000_000))
            {
                error = $"{args[i]} needs a whole number from 0 to 10,000,000.";
                break;
            }

            values[args[i]] = value;
            i++;
        }

        size = new DemoSize(Math.Max(1, values["--employers"]), values["--vacancies"], values["--candidates"],
            values["--past-vacancies"]);
        seed = values["--seed"];
        return error is null;
    }
}
