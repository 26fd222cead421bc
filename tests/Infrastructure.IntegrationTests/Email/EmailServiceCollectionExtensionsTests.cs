using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Infrastructure.Email.Dispatch;
using TalentMatch.Infrastructure.Email.File;
using TalentMatch.Infrastructure.Email.SendGrid;
using TalentMatch.Infrastructure.Email.Smtp;
using TalentMatch.Infrastructure.Email.Templates;
using TalentMatch.Infrastructure.IntegrationTests.Email.SendGrid;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Email;

public sealed class EmailServiceCollectionExtensionsTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    [Theory]
    [InlineData(null, typeof(FileEmailGateway))]
    [InlineData("File", typeof(FileEmailGateway))]
    [InlineData("Smtp", typeof(SmtpEmailGateway))]
    [InlineData("SendGrid", typeof(SendGridEmailGateway))]
    public void AddEmail_Provider_ResolvesMatchingGatewayAndPassesValidation(string? provider, Type expected)
    {
        using var services = Build(new()
        {
            ["Email:Provider"] = provider,
            ["Email:Smtp:Host"] = "smtp.example.test",
            ["Email:SendGrid:ApiKey"] = "SG.key",
        });

        services.GetRequiredService<IStartupValidator>().Validate();
        services.GetRequiredService<IEmailGateway>().ShouldBeOfType(expected);
    }

    [Theory]
    [InlineData("Smtp", "Email:Smtp:Host")]
    [InlineData("SendGrid", "Email:SendGrid:ApiKey")]
    public void AddEmail_ChosenProviderMissingSetting_FailsStartupValidation(string provider, string setting)
    {
        using var services = Build(new() { ["Email:Provider"] = provider });

        var failure = Should.Throw<OptionsValidationException>(() =>
            services.GetRequiredService<IStartupValidator>().Validate());

        failure.Message.ShouldContain(setting);
    }

    [Fact]
    public void AddEmail_FileProvider_DoesNotRequireSmtpOrSendGridSettings()
    {
        using var services = Build(new() { ["Email:Provider"] = "File" });

        Should.NotThrow(() => services.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public void AddEmail_Always_RegistersTemplatesMailboxProcessorAndDispatcher()
    {
        using var services = Build(new());
        using var scope = services.CreateScope();

        services.GetRequiredService<IEmailTemplates>().ShouldBeOfType<EmailTemplates>();
        services.GetRequiredService<FileOutboxMailbox>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ShouldNotBeNull();
        services.GetServices<IHostedService>().OfType<OutboxDispatcher>().ShouldHaveSingleItem();
        services.GetRequiredService<IOptions<Infrastructure.Email.EmailOptions>>().Value.Dispatcher.Enabled.ShouldBeFalse();
    }

    [Fact]
    public void AddEmail_BadDispatcherSettings_FailsStartupValidation()
    {
        using var services = Build(new() { ["Email:Dispatcher:BatchSize"] = "0", ["Email:FromAddress"] = "nobody" });

        var failure = Should.Throw<OptionsValidationException>(() =>
            services.GetRequiredService<IStartupValidator>().Validate());

        failure.Message.ShouldContain("BatchSize");
        failure.Message.ShouldContain("FromAddress");
    }

    [Theory]
    [InlineData("File")]
    [InlineData("SendGrid")]
    public void AddEmail_WebhookKeyThatIsNotAP256PublicKey_FailsStartupValidation(string provider)
    {
        using var services = Build(new()
        {
            ["Email:Provider"] = provider,
            ["Email:SendGrid:ApiKey"] = "SG.key",
            ["Email:SendGrid:WebhookPublicKey"] = "not a key",
        });

        var failure = Should.Throw<OptionsValidationException>(() =>
            services.GetRequiredService<IStartupValidator>().Validate());

        failure.Message.ShouldContain("Email:SendGrid:WebhookPublicKey");
    }

    [Fact]
    public void AddEmail_WebhookKeyWithAnyProvider_IsAcceptedAndTurnsTheWebhookOn()
    {
        using var services = Build(new()
        {
            ["Email:Provider"] = "File",
            ["Email:SendGrid:WebhookPublicKey"] = WebhookSigner.SendGridVectorPublicKey,
        });

        services.GetRequiredService<IStartupValidator>().Validate();
        services.GetRequiredService<IEmailEventWebhook>().IsConfigured.ShouldBeTrue();
    }

    [Fact]
    public void AddEmail_NoWebhookKey_LeavesTheWebhookOff()
    {
        using var services = Build(new());

        services.GetRequiredService<IEmailEventWebhook>().ShouldBeOfType<SendGridEventWebhook>().IsConfigured.ShouldBeFalse();
    }

    public void Dispose() => _data.Dispose();

    private ServiceProvider Build(Dictionary<string, string?> settings) => EmailTestServices.Build(_data.FullPath, settings);
}
