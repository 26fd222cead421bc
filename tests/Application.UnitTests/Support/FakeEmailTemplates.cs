using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.UnitTests.Support;

public sealed class FakeEmailTemplates : IEmailTemplates
{
    public EmailContent Render(EmailTemplate template, string culture, IReadOnlyDictionary<string, string> values) =>
        new($"{template} ({culture})", $"<a href=\"{values["link"]}\">link</a>", values["link"]);
}
