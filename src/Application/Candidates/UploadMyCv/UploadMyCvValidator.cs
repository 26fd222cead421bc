using FluentValidation;
using TalentMatch.Application.Candidates.Shared;

namespace TalentMatch.Application.Candidates.UploadMyCv;

public sealed class UploadMyCvValidator : AbstractValidator<UploadMyCvCommand>
{
    /// <summary>Size and type are checked while reading the content; the name is cleaned by the domain.</summary>
    public UploadMyCvValidator() => RuleFor(c => c.File).NotNull().WithMessage(_ => ProfileMessages.CvRequired);
}
