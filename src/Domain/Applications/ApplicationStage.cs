namespace TalentMatch.Domain.Applications;

/// <summary>
/// Invited (waiting for the candidate) → Applied → Screening → Interview → Offer → Hired; NotSelected (by the
/// employer) and Withdrawn (by the candidate) end an open application, Declined ends an invitation. Hired,
/// NotSelected, Withdrawn and Declined are final. See <see cref="ApplicationStages"/> for the moves.
/// </summary>
public enum ApplicationStage
{
    Invited = 0,
    Applied = 1,
    Screening = 2,
    Interview = 3,
    Offer = 4,
    Hired = 5,
    NotSelected = 6,
    Withdrawn = 7,
    Declined = 8,
}
