using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Taxonomy;

/// <summary>
/// An ESCO skill or knowledge concept. <paramref name="SkillType"/> is ESCO's "skill/competence" or "knowledge"
/// (empty for a few); <paramref name="ReuseLevel"/> is transversal, cross-sector, sector-specific or occupation-specific.
/// </summary>
public sealed record EscoSkill(SkillUri Uri, string SkillType, string ReuseLevel, MultilingualLabels Labels);
