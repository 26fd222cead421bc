using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Matching.Evaluation;

/// <summary>A vacancy of the evaluation set, with its occupation and the English labels of its skills (for keyword search).</summary>
public sealed record EvaluationVacancy(Vacancy Vacancy, EscoOccupation Occupation, IReadOnlyList<string> SkillLabels)
{
    /// <summary>True for the one vacancy per sector occupation that cases look for; false for distractors.</summary>
    public bool IsSectorVacancy => Occupation.Sector is not null;
}
