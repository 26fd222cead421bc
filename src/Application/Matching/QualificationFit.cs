using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Matching;

/// <summary>
/// What the vacancy formally asks (languages, education, recognition, BIG, certificates). Every gap here can be
/// closed by the candidate, so each carries an obstacle pointing to help.
/// </summary>
internal static class QualificationFit
{
    /// <summary>One EQF level short: often accepted with experience, so half the credit.</summary>
    private const double OneLevelShortCredit = 0.5;

    /// <summary>An evaluation or registration under way is on its way to being met.</summary>
    private const double InProgressCredit = 0.5;

    public static IEnumerable<Assessment> Assess(Candidate candidate, Vacancy vacancy)
    {
        foreach (var language in vacancy.Languages)
        {
            yield return Language(candidate, language, MatchWeights.Languages / vacancy.Languages.Count);
        }

        if (vacancy.EducationLevel is { } level && level != EducationLevel.None)
        {
            yield return Education(candidate.EducationLevel, level);
        }

        if (vacancy.DiplomaRecognitionRequired)
        {
            yield return Procedure(CriterionCodes.Recognition, MatchWeights.Recognition, Obstacles.Recognition,
                candidate.Recognition.Status == RecognitionStatus.Recognised,
                candidate.Recognition.Status == RecognitionStatus.InProgress);
        }

        if (vacancy.BigRegistrationRequired)
        {
            yield return Procedure(CriterionCodes.Big, MatchWeights.Big, Obstacles.Big,
                candidate.BigRegistration == BigRegistrationStatus.Registered,
                candidate.BigRegistration == BigRegistrationStatus.InProgress);
        }

        foreach (var certificate in vacancy.Certificates)
        {
            var held = candidate.Certificates.Contains(certificate.Code);
            yield return Assessment.Of(CriterionCodes.Certificate, held ? MatchStatus.Met : MatchStatus.Missing,
                MatchWeights.Certificates / vacancy.Certificates.Count, held ? 1 : 0, [certificate.Code.Value],
                Obstacles.Certificate(certificate.Code.Value));
        }
    }

    /// <summary>Credit grows with the level spoken: A2 where B1 is asked earns 2/3.</summary>
    private static Assessment Language(Candidate candidate, LanguageSkill asked, double weight)
    {
        var code = asked.Language.Value;
        var spoken = candidate.Languages.FirstOrDefault(l => l.Language == asked.Language);
        if (spoken is null)
        {
            return Assessment.Of(CriterionCodes.Language, MatchStatus.Missing, weight, 0,
                [code, asked.Level.ToString()], Obstacles.Language(code));
        }

        var credit = Math.Min(1, (double)spoken.Level / (double)asked.Level);
        return Assessment.Of(CriterionCodes.Language, Assessment.StatusFor(credit), weight, credit,
            [code, asked.Level.ToString(), spoken.Level.ToString()], Obstacles.Language(code));
    }

    /// <summary>Compared on the EQF, so a Dutch HBO bachelor and a foreign bachelor count the same.</summary>
    private static Assessment Education(EducationLevel? held, EducationLevel asked)
    {
        var gap = asked.Eqf() - (held ?? EducationLevel.None).Eqf();
        var credit = gap <= 0 ? 1 : gap == 1 && held is not null ? OneLevelShortCredit : 0;
        IReadOnlyList<string> arguments = held is null ? [asked.ToString()] : [asked.ToString(), held.Value.ToString()];
        return Assessment.Of(CriterionCodes.Education, Assessment.StatusFor(credit), MatchWeights.Education, credit,
            arguments, Obstacles.Education);
    }

    private static Assessment Procedure(string code, double weight, string obstacle, bool done, bool inProgress)
    {
        var credit = done ? 1 : inProgress ? InProgressCredit : 0;
        return Assessment.Of(code, Assessment.StatusFor(credit), weight, credit, [], obstacle);
    }
}
