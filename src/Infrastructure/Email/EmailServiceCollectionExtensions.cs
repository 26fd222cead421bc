using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TalentMatch.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>Mail adapters, templates and the outbox dispatcher (being built; see the e-mail work in progress).</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration) => services;
}
