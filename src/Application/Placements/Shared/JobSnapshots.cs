using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Placements.Shared;

/// <summary>What a placement snapshots from the taxonomy: the ISCO-08 unit group of the vacancy's occupation.</summary>
public sealed class JobSnapshots(ITaxonomy taxonomy)
{
    public IscoCode? UnitGroupOf(Vacancy vacancy) =>
        vacancy.Occupation is { } occupation ? taxonomy.FindOccupation(occupation)?.IscoCode : null;
}
