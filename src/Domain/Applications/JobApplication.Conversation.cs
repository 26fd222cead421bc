using TalentMatch.Domain.Applications.Rules;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications;

/// <summary>Messages, internal notes, and the deletion of the personal data when the retention period has passed.</summary>
public sealed partial class JobApplication
{
    public ApplicationMessage Post(ApplicationSide side, UserId author, string text, DateTimeOffset now)
    {
        CheckRule(new PersonalDataMustNotBeDeleted(PersonalDataDeletedAt));
        CheckRule(new EndedApplicationsTakeNoMessages(Stage));
        var clean = (text ?? string.Empty).Trim();
        CheckRule(new ApplicationTextMustFit("Message", clean, ApplicationMessage.TextMaxLength, required: true));
        var message = ApplicationMessage.Create(side, author, clean, now);
        _messages.Add(message);
        UpdatedAt = now;
        return message;
    }

    public InternalNote AddNote(UserId author, string text, DateTimeOffset now)
    {
        CheckRule(new PersonalDataMustNotBeDeleted(PersonalDataDeletedAt));
        var clean = (text ?? string.Empty).Trim();
        CheckRule(new ApplicationTextMustFit("Note", clean, InternalNote.TextMaxLength, required: true));
        var note = InternalNote.Create(author, clean, now);
        _notes.Add(note);
        return note;
    }

    /// <summary>
    /// Removes everything personal: motivation, CV copy, messages, notes and which accounts acted. What stays is an
    /// anonymous stub (the vacancy, the link to the candidate record, origin and the stages with their times) so
    /// the funnel statistics stay right. Returns the CV copy whose file the caller deletes, if there was one.
    /// </summary>
    public CvDocument? DeletePersonalData(DateTimeOffset now)
    {
        if (PersonalDataDeletedAt is not null)
        {
            return null;
        }

        var cv = Cv;
        Motivation = string.Empty;
        Cv = null;
        InvitedBy = null;
        OpenVacancyId = null;
        _messages.Clear();
        _notes.Clear();
        foreach (var change in _history)
        {
            change.Anonymise();
        }

        PersonalDataDeletedAt = now;
        UpdatedAt = now;
        return cv;
    }
}
