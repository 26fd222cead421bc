using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Lucene.Percolation;

/// <summary>A saved search held by the embedded percolator, with its prefilter keys.</summary>
internal sealed record StoredSearch(Guid Id, long Version, VacancySearchRequest Request, int Families, IReadOnlyList<string> Keys);
