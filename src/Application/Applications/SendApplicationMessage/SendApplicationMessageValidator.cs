using FluentValidation;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Domain.Applications;

namespace TalentMatch.Application.Applications.SendApplicationMessage;

public sealed class SendApplicationMessageValidator : AbstractValidator<SendApplicationMessageCommand>
{
    public SendApplicationMessageValidator()
    {
        RuleFor(c => c.ApplicationId).NotEmpty();
        RuleFor(c => c.Side).IsInEnum();
        RuleFor(c => c.Text).ValidText(ApplicationMessage.TextMaxLength);
    }
}
