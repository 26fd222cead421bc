using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Taxonomy;

/// <summary>An ISCO-08 group with its preferred labels (en, nl, pl).</summary>
public sealed record IscoGroup(IscoCode Code, MultilingualLabels Labels);
