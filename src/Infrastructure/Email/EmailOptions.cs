using TalentMatch.Infrastructure.Email.Dispatch;

namespace TalentMatch.Infrastructure.Email;

/// <summary>The "Email" section: the chosen adapter, the sender and the outbox dispatcher.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public EmailProvider Provider { get; set; } = EmailProvider.File;

    public string FromAddress { get; set; } = string.Empty;

    public string FromName { get; set; } = string.Empty;

    /// <summary>The "Email:Dispatcher" subsection.</summary>
    public DispatcherOptions Dispatcher { get; set; } = new();
}
