using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Accounts.Shared;
using TalentMatch.Application.Common.Email;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application;

public static class DependencyInjection
{
    /// <summary>Validators and application services. Mediator itself is generated in the composition root.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);
        services.AddScoped<IEmailOutbox, EmailOutbox>();
        services.AddScoped<AccountEmails>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
