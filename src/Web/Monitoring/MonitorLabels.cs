using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentMatch.Application.Monitoring.Shared;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Web.Monitoring;

/// <summary>Names for the monitor's tables, rows, columns and cells in the request's language, the same on the page and in CSV.</summary>
public sealed class MonitorLabels(IStringLocalizer<MonitorTexts> texts, ITaxonomy taxonomy)
{
    /// <summary>What a hidden cell shows: fewer than five people, or hidden so that such a count cannot be worked out.</summary>
    public const string Suppressed = "< 5";

    public string Title(MonitorTable table) => texts[$"Table.{table.Id}"];

    public string Description(MonitorTable table) => texts[$"Table.{table.Id}.Description"];

    public string RowHeader(MonitorTable table) => texts[$"Dimension.{table.RowDimension}"];

    public string Row(MonitorTable table, string key) => Key(table.RowDimension, key);

    public string Column(MonitorTable table, string key) => Key(table.ColumnDimension, key);

    public string Sector(string code) => Key("sector", code);

    public string Cell(MonitorCell cell, MonitorTable table) => cell.Value is not { } value ? Suppressed
        : table.Unit == "percent" ? value.ToString("0.#", CultureInfo.CurrentCulture) + " %"
        : value.ToString("#,0.#", CultureInfo.CurrentCulture);

    /// <summary>The value as CSV carries it: invariant digits, or "&lt; 5".</summary>
    public static string CsvCell(MonitorCell cell) =>
        cell.Value is { } value ? value.ToString(CultureInfo.InvariantCulture) : Suppressed;

    private string Key(string dimension, string key) => key switch
    {
        MonitorKeys.Total => texts["Total"],
        MonitorKeys.Unknown => texts["Unknown"],
        _ => dimension switch
        {
            "month" => DateOnly.ParseExact(key, MonitorPeriod.Format, CultureInfo.InvariantCulture)
                .ToString("MMM yyyy", CultureInfo.CurrentCulture),
            "occupation-group" => OccupationGroup(key),
            _ => texts[$"{dimension}.{key}"],
        },
    };

    private string OccupationGroup(string key)
    {
        var (sector, group) = key.Split('|') is [var s, var g] ? (s, g) : (key, MonitorKeys.Unknown);
        var language = TaxonomyLanguage.FromCode(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? TaxonomyLanguage.Default;
        var name = IscoCode.TryCreate(group, out var code) && taxonomy.FindIscoGroup(code) is { } found
            ? $"{group} {found.Labels.PreferredIn(language)}" : texts["Unknown"].Value;
        return $"{Key("sector", sector)}: {name}";
    }
}
