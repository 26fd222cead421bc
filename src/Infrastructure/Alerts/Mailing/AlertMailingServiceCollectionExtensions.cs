using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Alerts.Mailing;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Infrastructure.Email.Templates.Alerts;

namespace TalentMatch.Infrastructure.Alerts.Mailing;

public static class AlertMailingServiceCollectionExtensions
{
    /// <summary>
    /// The alert e-mail templates, unsubscribe tokens, the mailing policy from "Alerts:Mailing" and the background
    /// dispatcher. Needs data protection and the e-mail outbox (<c>AddEmail</c>) in DI.
    /// </summary>
    public static IServiceCollection AddAlertMailing(this IServiceCollection services)
    {
        services.AddOptions<AlertMailingOptions>().BindConfiguration(AlertMailingOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertMailingOptions>, AlertMailingOptionsValidator>());
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<AlertMailingOptions>>().Value.Policy);
        services.AddSingleton<IAlertEmails, AlertEmailRenderer>();
        services.AddSingleton<IUnsubscribeTokens, DataProtectionUnsubscribeTokens>();
        services.AddHostedService<AlertMailingDispatcher>();
        return services;
    }
}
