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

    public static void Assess(Candidate candidate, Vacancy vacancy, ref ScoreSheet sheet)
    {
        foreach (var language in vacancy.Languages)
        {
            Language(candidate, language, MatchWeights.Languages / vacancy.Languages.Count, ref sheet);
        }

        if (vacancy.EducationLevel is { } level && level != EducationLevel.None)
        {
            Education(candidate.EducationLevel, level, ref sheet);
        }

        if (vacancy.DiplomaRecognitionRequired)
        {
            Procedure(CriterionCodes.Recognition, MatchWeights.Recognition, Obstacles.Recognition,
                candidate.Recognition.Status == RecognitionStatus.Recognised,
                candidate.Recognition.Status == RecognitionStatus.InProgress, ref sheet);
        }

        if (vacancy.BigRegistrationRequired)
        {
            Procedure(CriterionCodes.Big, MatchWeights.Big, Obstacles.Big,
                candidate.BigRegistration == BigRegistrationStatus.Registered,
                candidate.BigRegistration == BigRegistrationStatus.InProgress, ref sheet);
        }

        foreach (var certificate in vacancy.Certificates)
        {
            var held = candidate.Certificates.Contains(certificate.Code);
            sheet.Add(MatchWeights.Certificates / vacancy.Certificates.Count, held ? 1 : 0);
            if (sheet.Explains)
            {
                sheet.Explain(CriterionCodes.Certificate, held ? MatchStatus.Met : MatchStatus.Missing, [certificate.Code.Value],
                    Obstacles.Certificate(certificate.Code.Value));
            }
        }
    }

    /// <summary>Credit grows with the level spoken: A2 where B1 is asked earns 2/3.</summary>
    private static void Language(Candidate candidate, LanguageSkill asked, double weight, ref ScoreSheet sheet)
    {
        var spoken = Spoken(candidate, asked.Language);
        var credit = spoken is null ? 0 : Math.Min(1, (double)spoken.Level / (double)asked.Level);
        sheet.Add(weight, credit);
        if (sheet.Explains)
        {
            var code = asked.Language.Value;
            sheet.Explain(CriterionCodes.Language, spoken is null ? MatchStatus.Missing : ScoreSheet.StatusFor(credit),
                spoken is null ? [code, asked.Level.ToString()] : [code, asked.Level.ToString(), spoken.Level.ToString()],
                Obstacles.Language(code));
        }
    }

    private static LanguageSkill? Spoken(Candidate candidate, LanguageCode language)
    {
        foreach (var spoken in candidate.Languages)
        {
            if (spoken.Language == language)
            {
                return spoken;
            }
        }

        return null;
    }

    /// <summary>Compared on the EQF, so a Dutch HBO bachelor and a foreign bachelor count the same.</summary>
    private static void Education(EducationLevel? held, EducationLevel asked, ref ScoreSheet sheet)
    {
        var gap = asked.Eqf() - (held ?? EducationLevel.None).Eqf();
        var credit = gap <= 0 ? 1 : gap == 1 && held is not null ? OneLevelShortCredit : 0;
        sheet.Add(MatchWeights.Education, credit);
        if (sheet.Explains)
        {
            sheet.Explain(CriterionCodes.Education, ScoreSheet.StatusFor(credit),
                held is null ? [asked.ToString()] : [asked.ToString(), held.Value.ToString()], Obstacles.Education);
        }
    }

    private static void Procedure(string code, double weight, string obstacle, bool done, bool inProgress, ref ScoreSheet sheet)
    {
        var credit = done ? 1 : inProgress ? InProgressCredit : 0;
        sheet.Add(weight, credit);
        sheet.Explain(code, ScoreSheet.StatusFor(credit), [], obstacle);
    }
}
