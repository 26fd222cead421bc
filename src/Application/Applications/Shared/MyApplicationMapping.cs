using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Applications.Rules;

namespace TalentMatch.Application.Applications.Shared;

/// <summary>The candidate's DTOs. Notes are not read here: the candidate's types have no field for them.</summary>
public static class MyApplicationMapping
{
    public static MyApplicationSummaryDto ToMySummary(this JobApplication a, string vacancyTitle, string employerName) =>
        new(a.Id.Value, a.VacancyId.Value, vacancyTitle, employerName, a.Origin.ToString(), a.Stage.ToString(),
            ApplicationTexts.ForCandidate(a.Stage), a.IsOpen, a.CreatedAt, a.UpdatedAt, a.PersonalDataDeletedAt is not null);

    public static MyApplicationDto ToMine(this JobApplication a, string vacancyTitle, string employerName)
    {
        var kept = a.PersonalDataDeletedAt is null;
        return new MyApplicationDto(a.Id.Value, a.VacancyId.Value, vacancyTitle, employerName, a.Origin.ToString(),
            a.Stage.ToString(), ApplicationTexts.ForCandidate(a.Stage), a.IsOpen,
            kept && a.Stage == ApplicationStage.Invited, kept && a.Stage.IsInProgress(),
            kept && !new EndedApplicationsTakeNoMessages(a.Stage).IsBroken(), a.Motivation, a.Cv?.ToDto(), a.KeepForAYear,
            a.CreatedAt, a.UpdatedAt, a.PersonalDataDeletedAt,
            [.. a.History.Select(h => new StageStepDto(h.Stage.ToString(), ApplicationTexts.ForCandidate(h.Stage), h.At))],
            [.. a.Messages.OrderBy(m => m.SentAt).Select(m => new MessageDto(m.Id, m.Side.ToString(), m.Text, m.SentAt))]);
    }
}
