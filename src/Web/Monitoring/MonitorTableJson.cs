using TalentMatch.Application.Monitoring.Shared;

namespace TalentMatch.Web.Monitoring;

/// <summary>A monitor table in JSON: keys with labels in the request's language, cells <c>{ "value": 12, "suppressed": false }</c>.</summary>
public sealed record MonitorTableJson(string Id, string Title, string Description, string Unit, string RowDimension,
    string ColumnDimension, IReadOnlyList<MonitorLabelJson> Columns, IReadOnlyList<MonitorRowJson> Rows)
{
    public static MonitorTableJson Of(MonitorTable table, MonitorLabels labels) => new(table.Id, labels.Title(table),
        labels.Description(table), table.Unit, table.RowDimension, table.ColumnDimension,
        [.. table.Columns.Select(c => new MonitorLabelJson(c, labels.Column(table, c)))],
        [.. table.Rows.Select(r => new MonitorRowJson(r.Key, labels.Row(table, r.Key), r.Cells))]);
}
