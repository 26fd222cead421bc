using System.Globalization;
using System.Resources;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Placements;

namespace TalentMatch.Application.Applications.Shared;

/// <summary>
/// Field names, messages and stage names of the application use cases in the current UI culture
/// (ApplicationTexts*.resx). Candidates read humane stage names ("Your application is being read"), employers the
/// plain ones ("Screening").
/// </summary>
public static class ApplicationTexts
{
    private static readonly ResourceManager Resources =
        new("TalentMatch.Application.Applications.Shared.ApplicationTexts", typeof(ApplicationTexts).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);

    public static string ForCandidate(ApplicationStage stage) => Get($"Candidate.{stage}");

    public static string ForEmployer(ApplicationStage stage) => Get($"Employer.{stage}");

    public static string ForPlacement(PlacementStatus status) => Get($"Placement.{status}");
}
