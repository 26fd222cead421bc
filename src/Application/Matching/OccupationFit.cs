namespace TalentMatch.Application.Matching;

/// <summary>
/// The vacancy's occupation against the candidate's wanted ones: the same concept is met; a related one (same ISCO
/// unit group, or broader or narrower in ESCO: <see cref="PreparedOccupation.IsRelatedTo"/>) is partial, as people
/// move between close occupations.
/// </summary>
internal static class OccupationFit
{
    /// <summary>Half: a related occupation shares much of the work but not all of it.</summary>
    private const double RelatedCredit = 0.5;

    public static void Assess(PreparedCandidate candidate, PreparedVacancy vacancy, ref ScoreSheet sheet)
    {
        if (vacancy.Occupation is not { } wanted)
        {
            sheet.Add(MatchWeights.Occupation, 0);
            sheet.Explain(CriterionCodes.Occupation, MatchStatus.Missing, []);
            return;
        }

        var related = (PreparedOccupation?)null;
        foreach (var desired in candidate.Desired)
        {
            if (desired.Key == wanted.Key)
            {
                sheet.Add(MatchWeights.Occupation, 1);
                if (sheet.Explains)
                {
                    sheet.Explain(CriterionCodes.Occupation, MatchStatus.Met, [wanted.Uri.Value, wanted.Uri.Value]);
                }

                return;
            }

            related ??= desired.IsRelatedTo(wanted) ? desired : null; // the first in ordinal order
        }

        sheet.Add(MatchWeights.Occupation, related is null ? 0 : RelatedCredit);
        if (sheet.Explains)
        {
            sheet.Explain(CriterionCodes.Occupation, related is null ? MatchStatus.Missing : MatchStatus.Partial,
                related is null ? [wanted.Uri.Value] : [wanted.Uri.Value, related.Uri.Value]);
        }
    }
}
