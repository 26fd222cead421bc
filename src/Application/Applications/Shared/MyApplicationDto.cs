using TalentMatch.Application.Candidates.Shared;

namespace TalentMatch.Application.Applications.Shared;

/// <summary>
/// The candidate's own view of an application: the stages in humane words, the messages, what they sent and what
/// they may do now. It has no place for internal notes: those are the employer's only.
/// </summary>
public sealed record MyApplicationDto(
    Guid Id, Guid VacancyId, string VacancyTitle, string EmployerName, string Origin, string Stage, string StageText,
    bool IsOpen, bool CanAnswerInvitation, bool CanWithdraw, bool CanSendMessages, string Motivation, CvDto? Cv,
    bool KeepForAYear, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PersonalDataDeletedAt,
    IReadOnlyList<StageStepDto> History, IReadOnlyList<MessageDto> Messages);
