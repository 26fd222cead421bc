using FluentValidation;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Domain.Applications;

namespace TalentMatch.Application.Applications.AddApplicationNote;

public sealed class AddApplicationNoteValidator : AbstractValidator<AddApplicationNoteCommand>
{
    public AddApplicationNoteValidator()
    {
        RuleFor(c => c.ApplicationId).NotEmpty();
        RuleFor(c => c.Text).ValidText(InternalNote.TextMaxLength);
    }
}
