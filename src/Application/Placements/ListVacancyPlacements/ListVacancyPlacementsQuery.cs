using Mediator;
using TalentMatch.Application.Placements.Shared;

namespace TalentMatch.Application.Placements.ListVacancyPlacements;

/// <summary>The placements of one of the organisation's vacancies: hires and reports, those awaiting confirmation first.</summary>
public sealed record ListVacancyPlacementsQuery(Guid VacancyId) : IQuery<IReadOnlyList<PlacementDto>>;
