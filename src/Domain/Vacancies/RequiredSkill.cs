using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Domain.Vacancies;

/// <summary>An ESCO skill the job asks for: essential, or nice to have (<see cref="SkillRelation.Optional"/>).</summary>
public sealed record RequiredSkill(SkillUri Skill, SkillRelation Relation);
