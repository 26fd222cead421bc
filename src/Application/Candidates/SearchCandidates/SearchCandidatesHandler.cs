using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Employers.Shared;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Places;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Candidates.SearchCandidates;

public sealed class SearchCandidatesHandler(IApplicationDbContext db, ICurrentUser user, ICandidateIndex index,
    IPlaceDirectory places, OccupationExpansion expansion, CandidateCards cards)
    : IQueryHandler<SearchCandidatesQuery, PagedResult<CandidateCardDto>>
{
    public async ValueTask<PagedResult<CandidateCardDto>> Handle(SearchCandidatesQuery query,
        CancellationToken cancellationToken)
    {
        var (_, employer) = await db.LoadMyEmployerAsync(user, cancellationToken, tracking: false);
        var language = TaxonomyLanguage.FromCode(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            ?? TaxonomyLanguage.Default;
        var (page, size) = (query.Page ?? 1, query.PageSize ?? PageRules.DefaultPageSize);
        var request = new CandidateSearchRequest(
            string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim(),
            [.. expansion.Expand(query.Q, language).Select(o => o.Uri.Value)], Clean(query.Sector, v => v.ToLowerInvariant()),
            Clean(query.Occupation), Clean(query.Skill), [.. Clean(query.Language, LanguageRequirement.Normalise).SelectMany(LanguageRequirement.AtLeast).Distinct()],
            string.IsNullOrWhiteSpace(query.Near) ? null : places.Find(query.Near)?.Location, query.RadiusKm,
            !employer.IsRecognisedSponsor, page, size) { OptionalWords = PlaceWords.In(query.Q, places) };
        var found = await index.SearchAsync(request, cancellationToken);
        var ids = found.Hits.Select(h => new CandidateId(h.Id)).ToList();
        var candidates = await db.Candidates.AsNoTracking().AsSplitQuery()
            .Where(c => ids.Contains(c.Id) && c.VisibleToEmployers).ToDictionaryAsync(c => c.Id.Value, cancellationToken);
        return new PagedResult<CandidateCardDto>((int)found.Total, page, size,
            [.. found.Hits.Where(h => candidates.ContainsKey(h.Id)).Select(h => cards.Create(candidates[h.Id]))]);
    }

    private static IReadOnlyList<string> Clean(IReadOnlyList<string>? values, Func<string, string>? normalise = null) =>
        values is null ? [] : [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => (normalise ?? (x => x))(v.Trim())).Distinct()];
}
