using Mediator;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Matching.Shared;

namespace TalentMatch.Application.Candidates.SearchCandidates;

/// <summary>
/// An employer's search among candidates who chose to be visible: free text (any of the five languages), ESCO
/// occupations and skills, languages ("nl:B1": that level or higher), a Dutch place with a radius (those willing to relocate always
/// pass). An employer that is not a recognised sponsor does not see candidates who need one. Cards are anonymous.
/// </summary>
public sealed record SearchCandidatesQuery(
    string? Q = null,
    IReadOnlyList<string>? Sector = null,
    IReadOnlyList<string>? Occupation = null,
    IReadOnlyList<string>? Skill = null,
    IReadOnlyList<string>? Language = null,
    string? Near = null,
    double? RadiusKm = null,
    int? Page = null,
    int? PageSize = null) : IQuery<PagedResult<CandidateCardDto>>;
