using FluentValidation;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Domain.Applications;

namespace TalentMatch.Application.Applications.InviteCandidate;

public sealed class InviteCandidateValidator : AbstractValidator<InviteCandidateCommand>
{
    public InviteCandidateValidator()
    {
        RuleFor(c => c.VacancyId).NotEmpty();
        RuleFor(c => c.CandidateId).NotEmpty();
        RuleFor(c => c.Message).ValidText(ApplicationMessage.TextMaxLength).When(c => !string.IsNullOrWhiteSpace(c.Message));
    }
}
