using System.Text;
using TalentMatch.Application.Candidates.DeleteMyCv;
using TalentMatch.Application.Candidates.DownloadMyCv;
using TalentMatch.Application.Candidates.UploadMyCv;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.UnitTests.Candidates;

public sealed class CvHandlerTests : IAsyncLifetime
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4 a tiny pdf");
    private ProfileFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await ProfileFixture.CreateAsync();

    [Fact]
    public async Task Upload_Pdf_IsStoredAndLinkedToTheProfile()
    {
        var cv = await UploadAsync(Pdf, "Ana's CV.pdf");

        cv.ContentType.ShouldBe("application/pdf");
        cv.FileName.ShouldBe("Ana's CV.pdf");
        cv.SizeBytes.ShouldBe(Pdf.Length);
        var saved = await _fixture.ReloadAsync(_fixture.Me);
        _fixture.CvStore.Files[saved.Cv!.StorageKey].ShouldBe(Pdf);
    }

    [Fact]
    public async Task Upload_Again_ReplacesAndRemovesTheOldFile()
    {
        await UploadAsync(Pdf, "old.pdf");

        await UploadAsync([.. "PK"u8, 1, 2, 3], "new.docx");

        var file = _fixture.CvStore.Files.ShouldHaveSingleItem();
        (await _fixture.ReloadAsync(_fixture.Me)).Cv!.StorageKey.ShouldBe(file.Key);
    }

    [Fact]
    public async Task Upload_UnrecognisedContent_IsRefusedOnTheFileField()
    {
        var error = await Should.ThrowAsync<ValidationException>(() => UploadAsync("MZ not really a pdf"u8.ToArray(), "cv.pdf"));

        error.Errors["File"].ShouldBe(["Upload a PDF or Word (.docx) file."]);
        _fixture.CvStore.Files.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(VirusScanResult.Infected)]
    [InlineData(VirusScanResult.NotScannable)]
    public async Task Upload_NotCleanByTheScanner_IsRefusedAndNotStored(VirusScanResult result)
    {
        _fixture.Scanner.Result = result;

        var error = await Should.ThrowAsync<ValidationException>(() => UploadAsync(Pdf, "cv.pdf"));

        error.Errors.Keys.ShouldBe(["File"]);
        _fixture.CvStore.Files.ShouldBeEmpty();
        (await _fixture.ReloadAsync(_fixture.Me)).Cv.ShouldBeNull();
    }

    [Fact]
    public async Task Upload_OverFiveMegabytes_IsRefusedWhateverWasDeclared()
    {
        var large = new byte[CvDocument.MaxSizeBytes + 1];
        Pdf.CopyTo(large, 0);

        var error = await Should.ThrowAsync<ValidationException>(() => UploadAsync(large, "cv.pdf"));

        error.Errors["File"].ShouldBe(["A CV file is at most 5 MB."]);
    }

    [Fact]
    public async Task Upload_ExactlyFiveMegabytes_IsAccepted()
    {
        var large = new byte[CvDocument.MaxSizeBytes];
        Pdf.CopyTo(large, 0);

        (await UploadAsync(large, "cv.pdf")).SizeBytes.ShouldBe(CvDocument.MaxSizeBytes);
    }

    [Fact]
    public async Task Download_ReturnsOwnFile_AndNotFoundWithoutOne()
    {
        await Should.ThrowAsync<NotFoundException>(() => _fixture.DownloadCv.Handle(new DownloadMyCvQuery(), default).AsTask());
        await UploadAsync(Pdf, "cv.pdf");

        var file = await _fixture.DownloadCv.Handle(new DownloadMyCvQuery(), default);

        using var copy = new MemoryStream();
        await file.Content.CopyToAsync(copy);
        copy.ToArray().ShouldBe(Pdf);
        file.ContentType.ShouldBe("application/pdf");
    }

    [Fact]
    public async Task Download_OtherCandidate_DoesNotSeeMyCv()
    {
        await UploadAsync(Pdf, "cv.pdf");
        _fixture.User.Id = _fixture.Other.UserId;

        await Should.ThrowAsync<NotFoundException>(() => _fixture.DownloadCv.Handle(new DownloadMyCvQuery(), default).AsTask());
    }

    [Fact]
    public async Task Delete_RemovesRecordAndFile_AndTwiceIsHarmless()
    {
        await UploadAsync(Pdf, "cv.pdf");

        await _fixture.DeleteCv.Handle(new DeleteMyCvCommand(), default);
        await _fixture.DeleteCv.Handle(new DeleteMyCvCommand(), default);

        _fixture.CvStore.Files.ShouldBeEmpty();
        (await _fixture.ReloadAsync(_fixture.Me)).Cv.ShouldBeNull();
    }

    private async Task<Application.Candidates.Shared.CvDto> UploadAsync(byte[] content, string name) =>
        await _fixture.UploadCv.Handle(new UploadMyCvCommand(new MemoryStream(content), name), default);

    public Task DisposeAsync()
    {
        _fixture.Dispose();
        return Task.CompletedTask;
    }
}
