using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Taxonomy;

public sealed record OccupationSkill(SkillUri Skill, SkillRelation Relation);
