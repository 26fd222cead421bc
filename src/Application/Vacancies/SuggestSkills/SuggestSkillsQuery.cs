using Mediator;

namespace TalentMatch.Application.Vacancies.SuggestSkills;

/// <summary>
/// For the vacancy form: an ESCO occupation's label, sector and essential skills, offered as required skills.
/// 404 for an unknown occupation.
/// </summary>
public sealed record SuggestSkillsQuery(string OccupationUri) : IQuery<OccupationSuggestionDto>;
