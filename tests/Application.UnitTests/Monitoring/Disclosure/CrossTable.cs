using TalentMatch.Application.Monitoring.Disclosure;

namespace TalentMatch.Application.UnitTests.Monitoring.Disclosure;

/// <summary>A rows × columns table of counts with its row totals, column totals and grand total, as the monitor shows it.</summary>
internal sealed class CrossTable
{
    public CrossTable(long[,] counts)
    {
        Rows = counts.GetLength(0);
        Columns = counts.GetLength(1);
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                Index.Add((r, c), counts[r, c]);
            }
        }

        Cells = [.. CellsOf(Index)];
    }

    public int Rows { get; }

    public int Columns { get; }

    public AtomIndex<(int Row, int Column)> Index { get; } = new();

    /// <summary>Interior cells first (row by row), then row totals, column totals and the grand total.</summary>
    public IReadOnlyList<IReadOnlyCollection<int>> Cells { get; }

    public int CellAt(int row, int column) => (row * Columns) + column;

    public int RowTotal(int row) => (Rows * Columns) + row;

    public int ColumnTotal(int column) => (Rows * Columns) + Rows + column;

    private IEnumerable<IReadOnlyCollection<int>> CellsOf(AtomIndex<(int Row, int Column)> index)
    {
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                var (row, column) = (r, c);
                yield return index.Where(k => k == (row, column));
            }
        }

        for (var r = 0; r < Rows; r++)
        {
            var row = r;
            yield return index.Where(k => k.Row == row);
        }

        for (var c = 0; c < Columns; c++)
        {
            var column = c;
            yield return index.Where(k => k.Column == column);
        }

        yield return index.Where(_ => true);
    }
}
