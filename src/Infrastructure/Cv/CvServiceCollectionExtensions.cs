using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Candidates.Cv;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Infrastructure.VirusScanning;

namespace TalentMatch.Infrastructure.Cv;

public static class CvServiceCollectionExtensions
{
    /// <summary>CV files in the data folder, recognised by content and checked by the virus scanner before storing.</summary>
    public static IServiceCollection AddCvStorage(this IServiceCollection services)
    {
        services.AddSingleton<ICvStore, FileCvStore>();
        services.AddSingleton<ICvFileInspector, CvFileInspector>();
        services.AddSingleton<IVirusScanner, SignatureVirusScanner>();
        return services;
    }
}
