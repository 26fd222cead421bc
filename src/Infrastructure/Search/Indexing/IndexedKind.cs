namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>What a <see cref="SearchIndexChange"/> points at.</summary>
public enum IndexedKind
{
    Vacancy = 0,
    Candidate = 1,

    /// <summary>An employer whose name changed: its vacancies' documents carry the name.</summary>
    Employer = 2,
}
