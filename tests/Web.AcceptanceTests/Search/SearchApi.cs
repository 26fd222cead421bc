using System.Net;
using System.Text.Json;

namespace TalentMatch.Web.AcceptanceTests.Search;

/// <summary>Calls to the search API as any visitor makes them, with the answer read as JSON.</summary>
internal static class SearchApi
{
    public static async Task<JsonElement> GetOkAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>400 ProblemDetails with an error for each field (the API's query-string names).</summary>
    public static async Task ShouldBeValidationProblemAsync(this HttpResponseMessage response, params string[] fields)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        foreach (var field in fields)
        {
            errors.TryGetProperty(field, out var messages).ShouldBeTrue($"no error for {field} in {body}");
            messages.EnumerateArray().ShouldNotBeEmpty();
        }
    }

    /// <summary>A facet's counts by value.</summary>
    public static Dictionary<string, long> Facet(this JsonElement answer, string name) =>
        answer.GetProperty("facets").GetProperty(name).EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt64());
}
