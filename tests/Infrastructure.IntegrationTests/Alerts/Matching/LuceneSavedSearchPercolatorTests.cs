using TalentMatch.Application.Alerts.Matching;
using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.IntegrationTests.Search.Lucene;
using TalentMatch.Infrastructure.Search.Lucene;
using TalentMatch.Infrastructure.Search.Lucene.Percolation;

namespace TalentMatch.Infrastructure.IntegrationTests.Alerts.Matching;

/// <summary>The percolator contract for the embedded engine; the oracle is a Lucene index on disk.</summary>
public sealed class LuceneSavedSearchPercolatorTests : SavedSearchPercolatorContract, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tm-percolator-" + Guid.NewGuid().ToString("N"));
    private readonly List<IDisposable> _owned = [];

    public void Dispose()
    {
        _owned.ForEach(d => d.Dispose());
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    protected override ISavedSearchPercolator CreatePercolator() => Own(new LuceneSavedSearchPercolator());

    protected override Task<IVacancyIndex> CreateIndexAsync() =>
        Task.FromResult<IVacancyIndex>(Own(LuceneIndexes.Vacancies(Path.Combine(_root, Guid.NewGuid().ToString("N")))));

    private T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
