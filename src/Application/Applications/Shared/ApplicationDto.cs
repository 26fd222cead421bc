using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Matching.Shared;

namespace TalentMatch.Application.Applications.Shared;

/// <summary>
/// The employer's view of an application: the anonymous card always, <paramref name="Contact"/> only once the
/// candidate applied or accepted; the stages it may move to, messages and the internal notes.
/// </summary>
public sealed record ApplicationDto(
    Guid Id, Guid VacancyId, string VacancyTitle, string Origin, string Stage, string StageText, bool IsOpen,
    CandidateCardDto Candidate, ContactDto? Contact, string Motivation, CvDto? Cv, IReadOnlyList<string> AllowedStages,
    bool CanHire, bool CanSendMessages, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<EmployerStageStepDto> History, IReadOnlyList<MessageDto> Messages, IReadOnlyList<NoteDto> Notes,
    Guid? PlacementId);
