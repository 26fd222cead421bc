using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Candidates;

[Collection(ProfileAppCollection.Name)]
public sealed class CvApiTests(TalentMatchWebFactory app) : IAsyncLifetime
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly string _name = $"Cv Tester {Guid.NewGuid():N}";
    private string _email = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        _email = $"cv-{Guid.NewGuid():N}@example.org";
        await app.CandidateBrowserAsync(_email, _name);
        _api = await app.ApiClientAsync(_email);
    }

    [Fact]
    public async Task UploadDownloadDelete_Pdf_RoundTrips()
    {
        var pdf = CvFiles.Pdf();

        var created = await UploadAsync(pdf, "Mijn CV.pdf", "application/octet-stream");

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.OriginalString.ShouldBe("/api/v1/me/cv");
        var cv = await created.Content.ReadFromJsonAsync<JsonElement>();
        cv.GetProperty("fileName").GetString().ShouldBe("Mijn CV.pdf");
        cv.GetProperty("contentType").GetString().ShouldBe("application/pdf");
        cv.GetProperty("sizeBytes").GetInt64().ShouldBe(pdf.Length);

        var download = await _api.GetAsync("/api/v1/me/cv");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        download.Headers.CacheControl!.NoStore.ShouldBeTrue();

        var key = await StorageKeyAsync();
        File.Exists(Path.Combine(CvFolder(), key)).ShouldBeTrue();
        (await _api.DeleteAsync("/api/v1/me/cv")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _api.GetAsync("/api/v1/me/cv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _api.DeleteAsync("/api/v1/me/cv")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        File.Exists(Path.Combine(CvFolder(), key)).ShouldBeFalse();
    }

    [Fact]
    public async Task Upload_WordDocumentNamedTxt_IsRecognisedByContent()
    {
        var created = await UploadAsync(CvFiles.Docx(), "cv.txt", "text/plain");

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var cv = await created.Content.ReadFromJsonAsync<JsonElement>();
        cv.GetProperty("contentType").GetString().ShouldBe(Docx);
        cv.GetProperty("fileName").GetString().ShouldBe("cv.docx");
    }

    [Fact]
    public async Task Upload_Again_ReplacesTheFile()
    {
        await UploadAsync(CvFiles.Pdf("first"), "first.pdf");
        var first = await StorageKeyAsync();

        await UploadAsync(CvFiles.Pdf("second"), "second.pdf");

        (await _api.GetByteArrayAsync("/api/v1/me/cv")).ShouldBe(CvFiles.Pdf("second"));
        File.Exists(Path.Combine(CvFolder(), first)).ShouldBeFalse();
        File.Exists(Path.Combine(CvFolder(), await StorageKeyAsync())).ShouldBeTrue();
    }

    public static TheoryData<string, byte[], string, string> Refused => new()
    {
        { "an executable named cv.pdf", CvFiles.Executable(), "cv.pdf", "Upload a PDF or Word (.docx) file." },
        { "a text file named cv.docx", Encoding.UTF8.GetBytes("I am a welder."), "cv.docx", "Upload a PDF or Word (.docx) file." },
        { "the EICAR test file", Encoding.ASCII.GetBytes(CvFiles.Eicar), "cv.pdf", "did not pass the virus check" },
        { "a PDF carrying EICAR", CvFiles.Pdf(CvFiles.Eicar), "cv.pdf", "did not pass the virus check" },
        { "a Word document carrying EICAR", CvFiles.Docx(CvFiles.Eicar), "cv.docx", "did not pass the virus check" },
        { "a PDF over 5 MB", [.. CvFiles.Pdf(), .. new byte[5 * 1024 * 1024]], "cv.pdf", "at most 5 MB" },
        { "an empty file", [], "cv.pdf", "Choose a file" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Upload_BadFile_Returns400OnTheFileAndStoresNothing(string description, byte[] content, string name, string message)
    {
        var before = StoredFiles();

        var response = await UploadAsync(content, name, "application/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, description);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("File")[0].GetString().ShouldNotBeNull().ShouldContain(message);
        (await _api.GetAsync("/api/v1/me/cv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        StoredFiles().ShouldBe(before);
    }

    [Fact]
    public async Task Upload_WithoutFile_OrNotMultipart_Returns4xxNot500()
    {
        var noFile = await _api.PostAsync("/api/v1/me/cv", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        noFile.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noFile.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("File")[0].GetString()
            .ShouldBe("Choose a file to upload.");

        var json = await _api.PostAsJsonAsync("/api/v1/me/cv", new { file = "JVBERi0=" });
        ((int)json.StatusCode).ShouldBeInRange(400, 499);
    }

    [Fact]
    public async Task Upload_WithTheCookieButNoAntiforgeryToken_IsRefused()
    {
        // A foreign site can make a signed-in browser post a form; without the page's token nothing is stored.
        var browser = app.NewBrowser();
        await Visitor.LoginAsync(browser, _email);
        var body = new MultipartFormDataContent { { new ByteArrayContent(CvFiles.Pdf()), "file", "cv.pdf" } };

        var response = await browser.PostAsync("/api/v1/me/cv", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _api.GetAsync("/api/v1/me/cv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Upload_StoresTheFileInTheDataFolder_UnderARandomName_NeverInTheWebRoot()
    {
        await UploadAsync(CvFiles.Pdf(), "../../wwwroot/cv.pdf");

        var key = await StorageKeyAsync();
        key.ShouldMatch("^[0-9a-f]{32}$");
        var file = Path.Combine(CvFolder(), key);
        File.Exists(file).ShouldBeTrue();
        var webRoot = app.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;
        Path.GetFullPath(file).ShouldNotStartWith(Path.GetFullPath(webRoot));
        Directory.GetFiles(webRoot, "*.pdf", SearchOption.AllDirectories).ShouldBeEmpty();
        var anonymous = app.CreateClient();
        foreach (var url in new[] { $"/cv/{key}", $"/data/cv/{key}", $"/{key}", "/cv.pdf", "/data/talentmatch.db" })
        {
            (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        (await _api.GetFromJsonAsync<JsonElement>("/api/v1/me/profile")).GetProperty("cv").GetProperty("fileName").GetString()
            .ShouldBe("cv.pdf");
    }

    private async Task<HttpResponseMessage> UploadAsync(byte[] content, string name, string contentType = "application/pdf")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await _api.PostAsync("/api/v1/me/cv", new MultipartFormDataContent { { file, "file", name } });
    }

    private string CvFolder() => Path.Combine(app.DataDirectory, "cv");

    private string[] StoredFiles() => Directory.Exists(CvFolder()) ? [.. Directory.GetFiles(CvFolder()).Order()] : [];

    private async Task<string> StorageKeyAsync() =>
        (await app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.DisplayName == _name))).Cv!.StorageKey;

    public Task DisposeAsync() => Task.CompletedTask;
}
