using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Taxonomy;

/// <summary>An ESCO occupation: its ISCO-08 unit group, TalentMatch sector (if any) and labels.</summary>
public sealed record EscoOccupation(OccupationUri Uri, IscoCode IscoCode, Sector? Sector, MultilingualLabels Labels);
