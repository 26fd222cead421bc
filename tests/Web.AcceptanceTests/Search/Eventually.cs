using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace TalentMatch.Web.AcceptanceTests.Search;

/// <summary>
/// Index updates reach the search engine through the outbox shortly after a save, so a test asks the API again until
/// the expected answer appears, and fails with the last answer when it does not within <see cref="Timeout"/>.
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    /// <summary>GETs <paramref name="url"/> (200 expected every time) until <paramref name="done"/> holds.</summary>
    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url, Func<JsonElement, bool> done,
        string expectation)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}: {text}");
            var json = JsonDocument.Parse(text).RootElement.Clone();
            if (done(json))
            {
                return json;
            }

            if (clock.Elapsed > Timeout)
            {
                throw new ShouldAssertException(
                    $"After {Timeout.TotalSeconds:0} s GET {url} still does not show {expectation}. Last answer: {text}");
            }

            await Task.Delay(Pause);
        }
    }

    /// <summary>The ids of a list answer's items: <c>items[].id</c>, or <c>items[].vacancy.id</c> / <c>.candidate.id</c>.</summary>
    public static IReadOnlyList<Guid> Ids(this JsonElement answer) =>
    [
        .. answer.GetProperty("items").EnumerateArray().Select(item =>
            item.TryGetProperty("id", out var id) ? id.GetGuid()
            : item.TryGetProperty("vacancy", out var vacancy) ? vacancy.GetProperty("id").GetGuid()
            : item.GetProperty("candidate").GetProperty("id").GetGuid()),
    ];
}
