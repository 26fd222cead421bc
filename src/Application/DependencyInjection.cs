using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Alerts.Mailing;
using TalentMatch.Application.Alerts.Matching;
using TalentMatch.Application.Accounts.Shared;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Email;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Matching;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Search;
using TalentMatch.Application.Vacancies.SearchVacancies;
using TalentMatch.Application.GapResources.Shared;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application;

public static class DependencyInjection
{
    /// <summary>Validators and application services. Mediator itself is generated in the composition root.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);
        services.AddScoped<IEmailOutbox, EmailOutbox>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<VacancyDetailsFactory>();
        services.AddScoped<VacancyMapper>();
        services.AddSingleton<SearchDocumentFactory>();
        services.AddSingleton<OccupationExpansion>();
        services.AddScoped<VacancyHits>();
        services.AddScoped<ZeroResultAdvisor>();
        services.AddSingleton<MatchRetrievals>();
        services.AddSingleton<MatchScorer>();
        services.AddSingleton<MatchExplainer>();
        services.AddSingleton<CandidateCards>();
        services.AddScoped<ExplanationBuilder>();
        services.AddScoped<GapRoutes>();
        services.AddScoped<Monitoring.GetMonitor.ShortageFigures>();
        services.AddAlertMailer();
        services.AddAlertMatcher();
        services.AddApplicationsAndPlacements();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
