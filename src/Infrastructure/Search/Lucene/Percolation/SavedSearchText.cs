namespace TalentMatch.Infrastructure.Search.Lucene.Percolation;

/// <summary>
/// The text of a saved search as keys of indexed terms (<see cref="SavedSearchKeys.Term"/>): per required word the
/// terms it gives in any text field, how many words must match, and the occupations the text names.
/// </summary>
internal sealed record SavedSearchText(string[][] Words, int Minimum, string[] Expansion)
{
    /// <summary>False when the search has no words and names no occupation: then the text lets every vacancy through.</summary>
    public bool Constrains => Words.Length > 0 || Expansion.Length > 0;
}
