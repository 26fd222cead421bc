using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TalentMatch.Infrastructure.Search.Lucene;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Lucene;

/// <summary>Lucene indexes on a folder on disk, as the app opens them.</summary>
internal static class LuceneIndexes
{
    public static LuceneVacancyIndex Vacancies(string root) =>
        new(Options.Create(new LuceneOptions { RootPath = root }), NullLogger<LuceneVacancyIndex>.Instance);

    public static LuceneCandidateIndex Candidates(string root) =>
        new(Options.Create(new LuceneOptions { RootPath = root }), NullLogger<LuceneCandidateIndex>.Instance);
}
