using System.Globalization;
using System.Text;
using CsvHelper;
using TalentMatch.Application.Monitoring.Shared;

namespace TalentMatch.Web.Monitoring;

/// <summary>A monitor table as CSV (RFC 4180, UTF-8): a header of column names, a line per row, "&lt; 5" for hidden cells.</summary>
public static class MonitorCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(MonitorTable table, MonitorLabels labels)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, null, leaveOpen: true))
        {
            csv.WriteRecord([labels.RowHeader(table), .. table.Columns.Select(c => labels.Column(table, c))]);
            foreach (var row in table.Rows)
            {
                csv.WriteRecord([labels.Row(table, row.Key), .. row.Cells.Select(MonitorLabels.CsvCell)]);
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string FileName(MonitorReport report, MonitorTable table) =>
        $"talentmatch-{table.Id}-{report.From}-{report.To}{(report.Sector is null ? string.Empty : "-" + report.Sector)}.csv";
}
