using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Infrastructure.Search.Indexing;

namespace TalentMatch.Web.Cli;

/// <summary>
/// <c>dotnet run --project src/Web -- rebuild-index [vacancies|candidates]</c>: rebuilds the search indexes of the
/// configured engine from the database, with a progress bar. The live index keeps serving until the new one is
/// complete. Other arguments are configuration, as for the web app. For Lucene, stop the app first (one writer).
/// </summary>
public static class RebuildIndexCommand
{
    public const string Name = "rebuild-index";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Configuration for the host: no demo seeding, no dispatcher (this command does the work).</summary>
    public static string[] HostArguments(string[] args) =>
        [.. args[1..], "--Demo:Enabled=false", "--Search:DispatcherEnabled=false"];

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output)
    {
        var which = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var indexes = Enum.GetValues<IndexName>()
            .Where(i => which.Count == 0 || which.Contains(i.ToString(), StringComparer.OrdinalIgnoreCase)).ToList();
        if (indexes.Count == 0 || which.Count > 1)
        {
            await output.WriteLineAsync($"Unknown index '{string.Join(' ', which)}'.\nUsage: {Name} [vacancies|candidates]");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None);
        var rebuilder = scope.ServiceProvider.GetRequiredService<SearchIndexRebuilder>();
        foreach (var index in indexes)
        {
            await rebuilder.RebuildAsync(index, "asked for on the command line", new Bar(output), CancellationToken.None);
        }

        await output.WriteLineAsync("Search indexes rebuilt.");
        return 0;
    }

    /// <summary>Draws on the calling thread (unlike Progress&lt;T&gt;), so lines come in order and before the end.</summary>
    private sealed class Bar(TextWriter output) : IProgress<RebuildStatus>
    {
        private ConsoleProgress? _bar;

        public void Report(RebuildStatus value)
        {
            _bar ??= new ConsoleProgress(value.Index.ToString().ToLowerInvariant(), (int)value.Total, output);
            _bar.Report((int)value.Done);
        }
    }
}
