namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>One candidate matching the Lucene query, with what the radius and sorting need.</summary>
internal sealed record CandidateMatch(
    string Id,
    float Score,
    IReadOnlyList<string> OccupationUris,
    bool WillingToRelocate,
    long Updated,
    double? DistanceKm);
