using FluentValidation;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Candidates.AddMySkills;

public sealed class AddMySkillsValidator : AbstractValidator<AddMySkillsCommand>
{
    public AddMySkillsValidator()
    {
        RuleFor(c => c.Skills).NotEmpty().WithMessage(_ => ProfileMessages.SkillsToAddRequired)
            .Must(s => s.Count <= Candidate.MaxSkills).WithMessage(_ => ProfileMessages.TooManySkills);
        RuleForEach(c => c.Skills).Must(u => SkillUri.TryCreate(u, out _)).WithMessage(_ => ProfileMessages.SkillUnknown);
    }
}
