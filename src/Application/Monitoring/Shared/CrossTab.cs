namespace TalentMatch.Application.Monitoring.Shared;

/// <summary>
/// A rows × columns table over one <see cref="CountedPopulation"/>, each cell the people with the row's and the
/// column's fact, with a total per row and per column and a grand total (unions: a person is counted once).
/// </summary>
public sealed class CrossTab
{
    private readonly int[,] _cells;
    private readonly int[] _rowTotals;
    private readonly int[] _columnTotals;
    private readonly int _grandTotal;

    public CrossTab(CountedPopulation population, string rowDimension, IReadOnlyList<string> rows,
        string columnDimension, IReadOnlyList<string> columns)
        : this(population, rows, columns, (row, column) => [$"{rowDimension}:{row}", $"{columnDimension}:{column}"])
    {
    }

    /// <param name="factsOf">The facts a person in (row, column) has, e.g. one combined fact <c>obstacle:healthcare:big</c>.</param>
    public CrossTab(CountedPopulation population, IReadOnlyList<string> rows, IReadOnlyList<string> columns,
        Func<string, string, string[]> factsOf)
    {
        (Population, Rows, Columns) = (population, rows, columns);
        _cells = new int[rows.Count, columns.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                _cells[r, c] = population.Cell(factsOf(rows[r], columns[c]));
            }
        }

        _rowTotals = [.. Enumerable.Range(0, rows.Count).Select(r => population.Union(Enumerable.Range(0, columns.Count).Select(c => _cells[r, c])))];
        _columnTotals = [.. Enumerable.Range(0, columns.Count).Select(c => population.Union(Enumerable.Range(0, rows.Count).Select(r => _cells[r, c])))];
        _grandTotal = population.Union(_rowTotals);
    }

    public CountedPopulation Population { get; }

    public IReadOnlyList<string> Rows { get; }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>The cell id of (row, column); <see cref="MonitorKeys.Total"/> for either gives the totals.</summary>
    public int CellId(string row, string column)
    {
        var (r, c) = (IndexOf(Rows, row), IndexOf(Columns, column));
        return (r, c) switch
        {
            (-1, -1) => _grandTotal,
            (-1, _) => _columnTotals[c],
            (_, -1) => _rowTotals[r],
            _ => _cells[r, c],
        };
    }

    /// <summary>The published table, with a total row and (unless it only repeats a column) a total column.</summary>
    public MonitorTable ToTable(string id, string unit, string rowDimension, string columnDimension, bool totalColumn = true)
    {
        IReadOnlyList<string> columns = totalColumn ? [.. Columns, MonitorKeys.Total] : Columns;
        return new MonitorTable(id, unit, rowDimension, columnDimension, columns,
            [.. Rows.Append(MonitorKeys.Total).Select(row => new MonitorRow(row,
                [.. columns.Select(column => Population.Published(CellId(row, column)))]))]);
    }

    private static int IndexOf(IReadOnlyList<string> keys, string key) =>
        key == MonitorKeys.Total ? -1 : keys.ToList().IndexOf(key) is var i and >= 0 ? i
            : throw new ArgumentOutOfRangeException(nameof(key), key, "Not a row or column of this table.");
}
