using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Infrastructure.Email.Dispatch;
using TalentMatch.Infrastructure.Email.File;
using TalentMatch.Infrastructure.Email.SendGrid;
using TalentMatch.Infrastructure.Email.Smtp;
using TalentMatch.Infrastructure.Email.Templates;

namespace TalentMatch.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Mail adapters, templates and the outbox dispatcher. The gateway follows Email:Provider (read from the
    /// bound options when first resolved); a provider's settings are validated at start only when it is chosen.
    /// Needs <see cref="Storage.DataDirectory"/> and <see cref="Persistence.ApplicationDbContext"/> in DI.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration); // options bind from the host's IConfiguration
        services.AddValidatedOptions<EmailOptions, EmailOptionsValidator>(EmailOptions.SectionName);
        services.AddValidatedOptions<FileOutboxOptions, FileOutboxOptionsValidator>(FileOutboxOptions.SectionName);
        services.AddValidatedOptions<SmtpOptions, SmtpOptionsValidator>(SmtpOptions.SectionName);
        services.AddValidatedOptions<SendGridOptions, SendGridOptionsValidator>(SendGridOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<MimeMessageFactory>();
        services.AddSingleton<FileOutboxDirectory>();
        services.AddSingleton<FileOutboxMailbox>();
        services.AddSingleton<FileEmailGateway>();
        services.AddSingleton<SmtpEmailGateway>();
        services.AddSingleton<SendGridEmailGateway>();
        services.AddHttpClient(SendGridEmailGateway.HttpClientName).ConfigureHttpClient((provider, client) =>
            client.Timeout = provider.GetRequiredService<IOptions<SendGridOptions>>().Value.Timeout);
        services.AddSingleton<IEmailGateway>(provider =>
            provider.GetRequiredService<IOptions<EmailOptions>>().Value.Provider switch
            {
                EmailProvider.Smtp => provider.GetRequiredService<SmtpEmailGateway>(),
                EmailProvider.SendGrid => provider.GetRequiredService<SendGridEmailGateway>(),
                _ => provider.GetRequiredService<FileEmailGateway>(),
            });
        services.AddSingleton<IEmailTemplates, EmailTemplates>();
        services.AddScoped<IEmailSuppressions, EmailSuppressions>();
        services.AddSingleton<IEmailEventWebhook, SendGridEventWebhook>();

        services.AddSingleton(_ => OutboxInstance.ForThisProcess());
        services.AddScoped<OutboxLeases>();
        services.AddScoped<OutboxProcessor>();
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }

    private static void AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
    }
}
