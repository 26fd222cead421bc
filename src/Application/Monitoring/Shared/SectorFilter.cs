namespace TalentMatch.Application.Monitoring.Shared;

/// <summary>
/// Narrows published tables to one sector. The tables are always protected over all sectors, and the filter only
/// leaves out rows or columns: a sector's figures are the same with or without the filter, so comparing the two
/// reveals nothing. Totals over all sectors are left out with the other sectors.
/// </summary>
public static class SectorFilter
{
    public static MonitorTable Apply(MonitorTable table, string sector)
    {
        if (table.RowDimension == "sector")
        {
            return table with { Rows = [.. table.Rows.Where(r => r.Key == sector)] };
        }

        if (table.RowDimension == "occupation-group")
        {
            return table with { Rows = [.. table.Rows.Where(r => r.Key.StartsWith(sector + "|", StringComparison.Ordinal))] };
        }

        if (table.ColumnDimension == "sector")
        {
            var keep = table.Columns.Select((c, i) => (c, i)).Where(x => x.c == sector).Select(x => x.i).ToList();
            return table with
            {
                Columns = [.. keep.Select(i => table.Columns[i])],
                Rows = [.. table.Rows.Select(r => r with { Cells = [.. keep.Select(i => r.Cells[i])] })],
            };
        }

        return table;
    }
}
