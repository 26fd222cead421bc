using System.Diagnostics;

namespace TalentMatch.Matching.Evaluation;

/// <summary>Collects one row per case kind and method, and prints them as a Markdown table.</summary>
internal sealed class EvaluationTable
{
    private readonly List<(string Cases, string Method, RankingSummary Summary, double MsPerCase)> _rows = [];

    public void Add<TCase>(string cases, string method, IReadOnlyList<TCase> group, Func<TCase, int?> rank)
    {
        var watch = Stopwatch.StartNew();
        var ranks = group.Select(rank).ToList();
        var ms = group.Count == 0 ? 0 : watch.Elapsed.TotalMilliseconds / group.Count;
        _rows.Add((cases, method, RankingMetrics.Summarise(ranks), ms));
    }

    public void Write(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| Cases | Method | n | Recall@10 | MRR | ms/case |");
        output.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var (cases, method, s, ms) in _rows)
        {
            output.WriteLine($"| {cases} | {method} | {s.Cases} | {s.RecallAtK:0.000} | {s.MeanReciprocalRank:0.000} | {ms:0.0} |");
        }
    }
}
