using TalentMatch.Application.Monitoring.Shared;

namespace TalentMatch.Application.UnitTests.Monitoring;

/// <summary>
/// What a reader with a calculator does to a published table: in a row or column whose total is shown, a line with
/// exactly one hidden figure gives it away (the total minus the shown cells).
/// </summary>
internal static class MonitorAudit
{
    public static IReadOnlyList<string> LinesWithOneHiddenCell(MonitorTable table)
    {
        var found = new List<string>();
        foreach (var row in table.Rows)
        {
            if (row.Cells.Count(c => c.Suppressed) == 1)
            {
                found.Add($"{table.Id} row {row.Key}");
            }
        }

        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (table.Rows.Count(r => r.Cells[c].Suppressed) == 1)
            {
                found.Add($"{table.Id} column {table.Columns[c]}");
            }
        }

        return found;
    }
}
