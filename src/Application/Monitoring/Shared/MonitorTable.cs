namespace TalentMatch.Application.Monitoring.Shared;

/// <summary>
/// One table of the monitor, the same for the page, the JSON API, CSV and open data. Rows and columns are keys
/// (<see cref="MonitorKeys"/>); the page and CSV put labels on them.
/// </summary>
/// <param name="Id">Stable table id, e.g. <c>placements-by-sector-month</c>.</param>
/// <param name="Unit">What the cells count: <c>people</c>, <c>vacancies</c>, <c>days</c> (a median), <c>percent</c> or <c>ratio</c>.</param>
/// <param name="RowDimension">What the rows are: <c>sector</c>, <c>group</c>, <c>obstacle</c>, <c>occupation-group</c>.</param>
/// <param name="ColumnDimension">What the columns are: <c>month</c>, <c>sector</c>, <c>stage</c>, <c>housing</c>, <c>measure</c>...</param>
public sealed record MonitorTable(string Id, string Unit, string RowDimension, string ColumnDimension,
    IReadOnlyList<string> Columns, IReadOnlyList<MonitorRow> Rows)
{
    public MonitorCell Cell(string row, string column) =>
        Rows.Single(r => r.Key == row).Cells[Columns.ToList().IndexOf(column)];
}
