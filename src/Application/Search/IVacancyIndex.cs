namespace TalentMatch.Application.Search;

/// <summary>The vacancy index: published vacancies, searched with text, filters and facets, and retrieved for matching.</summary>
public interface IVacancyIndex : IDocumentIndex<VacancyDocument>
{
    Task<SearchHits> SearchAsync(VacancySearchRequest request, CancellationToken cancellationToken);

    /// <summary>Ids of vacancies worth scoring for a candidate, best retrieval score first.</summary>
    Task<IReadOnlyList<Guid>> RetrieveAsync(MatchRetrieval retrieval, CancellationToken cancellationToken);
}
