namespace TalentMatch.Application.Search;

/// <summary>The candidate index: visible candidates only, searched by employers and retrieved for matching.</summary>
public interface ICandidateIndex : IDocumentIndex<CandidateDocument>
{
    /// <summary>Facets are not counted for candidates; <see cref="SearchHits.Facets"/> is empty.</summary>
    Task<SearchHits> SearchAsync(CandidateSearchRequest request, CancellationToken cancellationToken);

    /// <summary>Ids of candidates worth scoring for a vacancy, best retrieval score first.</summary>
    Task<IReadOnlyList<Guid>> RetrieveAsync(MatchRetrieval retrieval, CancellationToken cancellationToken);
}
