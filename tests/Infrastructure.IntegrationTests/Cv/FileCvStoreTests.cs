using TalentMatch.Infrastructure.Cv;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;
using TalentMatch.Infrastructure.Storage;

namespace TalentMatch.Infrastructure.IntegrationTests.Cv;

public sealed class FileCvStoreTests : IDisposable
{
    private readonly TemporaryDirectory _contentRoot = new();

    private readonly FileCvStore _store;

    public FileCvStoreTests() => _store = new FileCvStore(new DataDirectory(_contentRoot.PathOf("data")));

    [Fact]
    public async Task SaveOpenDelete_RoundTripsTheBytesUnderARandomName()
    {
        var pdf = CvSamples.Pdf();

        var key = await _store.SaveAsync(new MemoryStream(pdf), default);

        FileCvStore.IsKey(key).ShouldBeTrue();
        await using (var stored = (await _store.OpenAsync(key, default)).ShouldNotBeNull())
        {
            using var copy = new MemoryStream();
            await stored.CopyToAsync(copy);
            copy.ToArray().ShouldBe(pdf);
        }

        await _store.DeleteAsync(key, default);
        (await _store.OpenAsync(key, default)).ShouldBeNull();
    }

    [Fact]
    public async Task Save_WritesInTheDataFolderOutsideTheWebRoot()
    {
        var webRoot = Directory.CreateDirectory(_contentRoot.PathOf("wwwroot")).FullName;

        var key = await _store.SaveAsync(new MemoryStream(CvSamples.Pdf()), default);

        var file = Directory.GetFiles(_contentRoot.FullPath, "*", SearchOption.AllDirectories).ShouldHaveSingleItem();
        file.ShouldBe(Path.Combine(_contentRoot.PathOf("data"), FileCvStore.FolderName, key));
        file.ShouldNotStartWith(webRoot);
    }

    [Fact]
    public async Task Save_TwiceTheSameContent_GivesTwoKeys() =>
        (await _store.SaveAsync(new MemoryStream([1]), default))
            .ShouldNotBe(await _store.SaveAsync(new MemoryStream([1]), default));

    [Theory]
    [InlineData("../talentmatch.db")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("0123456789abcdef0123456789abcdef.partial")]
    [InlineData("")]
    public async Task OpenAndDelete_AnythingButAKey_TouchNothing(string key)
    {
        var database = _contentRoot.PathOf("data", "talentmatch.db");
        await File.WriteAllTextAsync(database, "keep me");

        (await _store.OpenAsync(key, default)).ShouldBeNull();
        await _store.DeleteAsync(key, default);

        File.Exists(database).ShouldBeTrue();
    }

    [Fact]
    public async Task Save_OnUnix_IsReadableByTheOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var key = await _store.SaveAsync(new MemoryStream([1, 2, 3]), default);

        File.GetUnixFileMode(Path.Combine(_store.FullPath, key)).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    public void Dispose() => _contentRoot.Dispose();
}
