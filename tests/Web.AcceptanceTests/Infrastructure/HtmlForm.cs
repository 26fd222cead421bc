using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TalentMatch.Web.AcceptanceTests.Infrastructure;

/// <summary>Reads a page like a browser would: finds a form, keeps its hidden fields (antiforgery), fills and posts it.</summary>
public sealed class HtmlForm
{
    private readonly Dictionary<string, string> _fields;

    private HtmlForm(string action, Dictionary<string, string> fields)
    {
        Action = action;
        _fields = fields;
    }

    public string Action { get; }

    public static async Task<HtmlForm> LoadAsync(HttpClient client, string url, string? formSelector = null)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var form = (IHtmlFormElement?)document.QuerySelector(formSelector ?? "main form")
            ?? throw new InvalidOperationException($"No form on {url}.");
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && (i.Type != "checkbox" || i.IsChecked))
            .GroupBy(i => i.Name!)
            .ToDictionary(g => g.Key, g => g.First().Value);
        var action = form.GetAttribute("action");
        return new HtmlForm(string.IsNullOrEmpty(action) ? url : action, fields);
    }

    public HtmlForm Set(string name, string value)
    {
        _fields[name] = value;
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client) =>
        client.PostAsync(Action, new FormUrlEncodedContent(_fields));

    /// <summary>Posts the form somewhere else, as a button with <c>formaction</c> does (e.g. <c>?handler=Search</c>).</summary>
    public Task<HttpResponseMessage> PostToAsync(HttpClient client, string action) =>
        client.PostAsync(action, new FormUrlEncodedContent(_fields));
}
