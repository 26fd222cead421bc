using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Search;

/// <summary>
/// What matching asks an engine for: the documents worth scoring, nothing more. The engine returns up to
/// <paramref name="Limit"/> ids that share an occupation, ISCO unit group or skill with the request and pass the hard
/// constraints; the ranking is the Application's <c>MatchScorer</c>, the same for every engine.
/// </summary>
/// <param name="OccupationUris">Occupations to look for (the wanted ones with their broader and narrower ones).</param>
/// <param name="IscoGroups">ISCO unit groups (4 digits) to look for.</param>
/// <param name="SkillUris">Skills to look for (in any of the document's skill fields).</param>
/// <param name="SponsorshipRequired">
/// Vacancies: only those that sponsor a visa (the candidate needs a sponsor). Candidates: only those who do not need
/// a sponsor (the vacancy cannot sponsor).
/// </param>
/// <param name="Near">Optional: with <paramref name="RadiusKm"/>, only documents within the radius, remote vacancies and candidates willing to relocate.</param>
/// <param name="Today">Vacancies: only those whose closing date is on or after it.</param>
public sealed record MatchRetrieval(
    IReadOnlyList<string> OccupationUris,
    IReadOnlyList<string> IscoGroups,
    IReadOnlyList<string> SkillUris,
    bool SponsorshipRequired,
    GeoPoint? Near,
    double? RadiusKm,
    DateOnly Today,
    int Limit);
