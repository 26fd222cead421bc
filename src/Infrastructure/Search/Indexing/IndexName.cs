namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>The product's two indexes.</summary>
public enum IndexName
{
    Vacancies = 0,
    Candidates = 1,
}
