using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Common.Interfaces;

/// <summary>Renders an alert e-mail (instant or digest) in its language into HTML and plain text.</summary>
public interface IAlertEmails
{
    EmailContent Render(AlertEmail email);
}
