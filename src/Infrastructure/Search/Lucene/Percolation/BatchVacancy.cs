using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Lucene.Percolation;

/// <summary>
/// A new vacancy in a percolation batch: its document, its doc values as the search reads them (<see cref="VacancyMatch"/>,
/// no distance), and the keys it holds (its indexed text terms as the saved searches name them, and its values).
/// </summary>
internal sealed record BatchVacancy(VacancyDocument Document, VacancyMatch Match, HashSet<int> Keys);
