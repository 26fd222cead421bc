using MimeKit;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Smtp;

/// <summary>A message the fake server accepted, with its envelope.</summary>
public sealed record SmtpEnvelope(string MailFrom, IReadOnlyList<string> Recipients, MimeMessage Message);
