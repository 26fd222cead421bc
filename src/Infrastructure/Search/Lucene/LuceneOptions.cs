namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// Where the embedded search engine keeps its indexes: one folder per kind (<c>vacancies</c>, <c>candidates</c>)
/// under <see cref="RootPath"/>. In the app this is the <c>index</c> folder of the data folder, so a backup of the data
/// folder holds everything; the indexes can always be rebuilt from the database.
/// </summary>
public sealed class LuceneOptions
{
    public string RootPath { get; set; } = string.Empty;
}
