using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Infrastructure.Email;
using TalentMatch.Infrastructure.Email.File;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.File;

public sealed class FileOutboxMailboxTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();
    private readonly FakeTimeProvider _clock = new(TestEmails.Start);
    private readonly ServiceProvider _services;

    public FileOutboxMailboxTests()
    {
        _services = EmailTestServices.Build(_data.FullPath, new Dictionary<string, string?> { ["Email:File:Directory"] = "mail" },
            s => s.AddSingleton<TimeProvider>(_clock));
    }

    private FileOutboxMailbox Mailbox => _services.GetRequiredService<FileOutboxMailbox>();

    [Fact]
    public async Task ListAsync_SeveralMessages_ReturnsNewestFirstUpToLimit()
    {
        foreach (var key in new[] { "first", "second", "third" })
        {
            await _services.GetRequiredService<IEmailGateway>().SendAsync(
                TestEmails.Message(key: key, to: $"{key}@example.test", subject: $"Subject {key}"), CancellationToken.None);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        var entries = await Mailbox.ListAsync(2, CancellationToken.None);

        entries.Select(e => e.Subject).ShouldBe(["Subject third", "Subject second"]);
        entries[0].To.ShouldContain("third@example.test");
        entries[0].Date.ShouldBe(TestEmails.Start.AddMinutes(2));
        entries[0].FileName.ShouldBe(FileOutboxDirectory.FileNameFor("third"));
        System.IO.File.Exists(_data.PathOf("mail", entries[0].FileName)).ShouldBeTrue();
    }

    [Fact]
    public async Task ListAsync_NoOutboxFolderYet_ReturnsEmpty()
    {
        (await Mailbox.ListAsync(10, CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ReadAsync_KnownFile_ReturnsHeadersAndBothParts()
    {
        var sent = TestEmails.Message();
        await _services.GetRequiredService<IEmailGateway>().SendAsync(sent, CancellationToken.None);

        var message = (await Mailbox.ReadAsync(FileOutboxDirectory.FileNameFor(sent.IdempotencyKey), CancellationToken.None))
            .ShouldNotBeNull();

        message.To.ShouldContain("anna@example.test");
        message.From.ShouldContain(TestEmails.FromAddress);
        message.Subject.ShouldBe(sent.Subject);
        message.TextBody.ShouldBe(sent.TextBody);
        message.HtmlBody.ShouldBe(sent.HtmlBody);
        message.MessageId.ShouldBe(EmailIdempotency.MessageId(sent.IdempotencyKey, TestEmails.FromAddress));
    }

    [Theory]
    [InlineData("../unused.db")]
    [InlineData("missing.eml")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000.eml")]
    public async Task ReadAsync_NameNotInOutbox_ReturnsNull(string fileName)
    {
        await _services.GetRequiredService<IEmailGateway>().SendAsync(TestEmails.Message(), CancellationToken.None);
        await System.IO.File.WriteAllTextAsync(_data.PathOf("unused.db"), "Subject: not mail\r\n\r\n");

        (await Mailbox.ReadAsync(fileName, CancellationToken.None)).ShouldBeNull();
    }

    public void Dispose()
    {
        _services.Dispose();
        _data.Dispose();
    }
}
