using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Infrastructure;
using TalentMatch.Web.AcceptanceTests.Vacancies;

namespace TalentMatch.Web.AcceptanceTests.Monitoring;

[Collection(MonitorAppCollection.Name)]
public sealed class MonitorApiTests(MonitorWebFactory app)
{
    public static readonly string[] TableIds =
    [
        "placements-by-sector-month", "placed-housing-need", "placed-housing-arranged", "days-to-placement",
        "candidates-by-group-sector", "candidates-housing-need", "funnel", "funnel-conversion", "shortage-pressure", "obstacles",
    ];

    /// <summary>Tables whose totals are the sums of their cells (the others count people in several cells once).</summary>
    private static readonly string[] SummedTables =
        ["placements-by-sector-month", "placed-housing-need", "placed-housing-arranged", "candidates-by-group-sector", "candidates-housing-need"];

    [Fact]
    public async Task Monitoring_WithoutLogin_Is401_AndForAnEmployer_Is403()
    {
        (await app.CreateClient().GetAsync("/api/v1/monitoring")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.CreateClient().GetAsync("/api/v1/monitoring/funnel.csv")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var employer = await People.EmployerApiAsync(app, "werk@monitor-access.example");

        (await employer.GetAsync("/api/v1/monitoring")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await employer.GetAsync("/api/v1/monitoring/funnel")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await employer.GetAsync("/api/v1/monitoring/funnel.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Monitoring_AsMunicipality_AllTables_SuppressedCellsAreNullWithAFlag()
    {
        var json = await GetJsonAsync(await MunicipalityAsync(), "/api/v1/monitoring");

        json.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ShouldBe(TableIds);
        var cells = Cells(json).ToList();
        cells.ShouldContain(c => c.GetProperty("suppressed").GetBoolean());
        cells.ShouldAllBe(c => c.GetProperty("suppressed").GetBoolean() == (c.GetProperty("value").ValueKind == JsonValueKind.Null));
        cells.Count(c => !c.GetProperty("suppressed").GetBoolean()).ShouldBeGreaterThan(cells.Count / 3, "the demo world has volume");
    }

    [Fact]
    public async Task Csv_IsTextCsvWithLabelsAndLessThanFive()
    {
        var response = await (await MunicipalityAsync()).GetAsync("/api/v1/monitoring/placements-by-sector-month.csv?sector=healthcare");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain("placements-by-sector-month");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Sector,");
        lines[0].ShouldEndWith(",Total");
        lines.Skip(1).Select(l => l.Split(',')[0]).ShouldBe(["Healthcare"]);
        (await (await MunicipalityAsync()).GetStringAsync("/api/v1/monitoring/candidates-by-group-sector.csv")).ShouldContain(",< 5");
    }

    [Theory]
    [InlineData("/api/v1/monitoring?from=2026-13", "from")]
    [InlineData("/api/v1/monitoring?from=2026-05&to=2026-01", "to")]
    [InlineData("/api/v1/monitoring/funnel.csv?sector=mining", "sector")]
    [InlineData("/api/v1/open-data/placements?to=later", "to")]
    public async Task BadFilters_Are400ProblemDetails_NamingTheField(string url, string field)
    {
        var client = url.Contains("open-data", StringComparison.Ordinal) ? app.CreateClient() : await MunicipalityAsync();

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task UnknownTable_Is404() =>
        (await (await MunicipalityAsync()).GetAsync("/api/v1/monitoring/names-of-people")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

    [Fact]
    public async Task OpenData_WithoutLogin_CC0_SameFiguresAsTheMonitor_ETagGives304()
    {
        var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync("/api/v1/open-data/placements");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.Public.ShouldBeTrue();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        json.GetProperty("licence").GetString().ShouldBe("CC0-1.0");
        var tables = json.GetProperty("tables");
        tables.EnumerateArray().Select(t => t.GetProperty("id").GetString()).ShouldBe(TableIds[..4]);
        var monitor = await GetJsonAsync(await MunicipalityAsync(), "/api/v1/monitoring/placements-by-sector-month");
        tables[0].GetProperty("rows").GetRawText().ShouldBe(monitor.GetProperty("rows").GetRawText());

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/open-data/placements");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        (await anonymous.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        var csv = await anonymous.GetAsync("/api/v1/open-data/placements/placements-by-sector-month.csv");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
    }

    [Fact]
    public async Task EveryTableWithTotals_NoLineHasExactlyOneHiddenCell_ShownLinesAddUp()
    {
        var json = await GetJsonAsync(await MunicipalityAsync(), "/api/v1/monitoring");

        foreach (var table in json.GetProperty("tables").EnumerateArray().Where(t => SummedTables.Contains(t.GetProperty("id").GetString())))
        {
            var id = table.GetProperty("id").GetString();
            var grid = table.GetProperty("rows").EnumerateArray()
                .Select(r => r.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("value").ValueKind == JsonValueKind.Null ? (decimal?)null : c.GetProperty("value").GetDecimal()).ToList())
                .ToList();
            var lines = grid.Concat(Enumerable.Range(0, grid[0].Count).Select(c => grid.Select(r => r[c]).ToList())).ToList();
            foreach (var line in lines)
            {
                line.Count(v => v is null).ShouldNotBe(1, $"{id}: a total minus the shown cells would give the hidden one");
                if (line.All(v => v is not null))
                {
                    line.Take(line.Count - 1).Sum().ShouldBe(line[^1]!.Value, $"{id}: the cells add up to the total");
                }
            }
        }
    }

    [Fact]
    public async Task NoAnswerOfTheMonitorOrOpenData_ContainsAnyCandidatesNameEmailOrId()
    {
        app.PersonalData.Count.ShouldBeGreaterThan(4 * MonitorWebFactory.Size.AllCandidates);
        var municipality = await MunicipalityAsync();
        var browser = app.NewBrowser();
        (await Visitor.LoginAsync(browser, MonitorWebFactory.MunicipalityEmail, MonitorWebFactory.Password)).EnsureSuccessStatusCode();
        var answers = new List<string>
        {
            await municipality.GetStringAsync("/api/v1/monitoring"),
            await municipality.GetStringAsync("/api/v1/monitoring?sector=healthcare"),
            await app.CreateClient().GetStringAsync("/api/v1/open-data/placements"),
            await browser.GetStringAsync("/Municipality/Monitor"),
            await browser.GetStringAsync("/Municipality/Monitor?culture=nl&sector=construction"),
        };
        foreach (var id in TableIds)
        {
            answers.Add(await municipality.GetStringAsync($"/api/v1/monitoring/{id}"));
            answers.Add(await municipality.GetStringAsync($"/api/v1/monitoring/{id}.csv"));
        }

        foreach (var id in TableIds[..4])
        {
            answers.Add(await app.CreateClient().GetStringAsync($"/api/v1/open-data/placements/{id}.csv"));
        }

        var everything = string.Join("\n", answers);
        everything.ShouldContain("Healthcare");
        app.PersonalData.Where(p => everything.Contains(p, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
    }

    private async Task<HttpClient> MunicipalityAsync() =>
        await People.ApiAsync(app, MonitorWebFactory.MunicipalityEmail, MonitorWebFactory.Password);

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<JsonElement> Cells(JsonElement report) => report.GetProperty("tables").EnumerateArray()
        .SelectMany(t => t.GetProperty("rows").EnumerateArray()).SelectMany(r => r.GetProperty("cells").EnumerateArray());
}
