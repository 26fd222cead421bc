using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TalentMatch.Web.AcceptanceTests.Candidates;

/// <summary>
/// A form read and posted as a browser does, for forms with selects, textareas, checkbox lists (many values under one
/// name) and file uploads: what <see cref="Infrastructure.HtmlForm"/> does for simple forms.
/// </summary>
public sealed class BrowserForm
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private BrowserForm(string action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        _fields = fields;
    }

    public string Action { get; }

    public IReadOnlyList<string> Values(string name) => [.. _fields.Where(f => f.Key == name).Select(f => f.Value)];

    public static async Task<BrowserForm> LoadAsync(HttpClient client, string url, string formSelector = "main form")
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await FromAsync(response, url, formSelector);
    }

    /// <summary>The form on a page already fetched (e.g. the answer to a search step).</summary>
    public static async Task<BrowserForm> FromAsync(HttpResponseMessage response, string url, string formSelector = "main form")
    {
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var form = (IHtmlFormElement?)document.QuerySelector(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is not ("submit" or "button" or "file")
                    && (input.Type is not ("checkbox" or "radio") || input.IsChecked):
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement { Name.Length: > 0 } select:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    fields.Add(new(select.Name!, option?.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } area:
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }

        var action = form.GetAttribute("action");
        return new BrowserForm(string.IsNullOrEmpty(action) ? url : action, fields);
    }

    public IReadOnlyList<KeyValuePair<string, string>> Fields() => _fields;

    /// <summary>Replaces every value of the field (a text box, a select, or a whole checkbox list).</summary>
    public BrowserForm Set(string name, params string[] values)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return this;
    }

    /// <summary>Ticks one more checkbox of a list.</summary>
    public BrowserForm Tick(string name, string value)
    {
        if (!_fields.Contains(new(name, value)))
        {
            _fields.Add(new(name, value));
        }

        return this;
    }

    /// <summary>Posts as the submit button with <c>asp-page-handler</c> would (<c>?handler=</c>), or to the form's action.</summary>
    public Task<HttpResponseMessage> PostAsync(HttpClient client, string? handler = null) =>
        client.PostAsync(handler is null ? Action : $"{Action.Split('?')[0]}?handler={handler}", new FormUrlEncodedContent(_fields));

    /// <summary>Posts as multipart/form-data with a file, like a form with <c>enctype="multipart/form-data"</c>.</summary>
    public Task<HttpResponseMessage> PostFileAsync(HttpClient client, string fileField, byte[] content, string fileName,
        string contentType = "application/octet-stream")
    {
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in _fields)
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(file, fileField, fileName);
        return client.PostAsync(Action, body);
    }
}
