using FluentValidation;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Qualifications.Rules;

namespace TalentMatch.Application.Certificates.AddCertificate;

public sealed class AddCertificateValidator : AbstractValidator<AddCertificateCommand>
{
    public AddCertificateValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithName(_ => Messages.Get("CertificateCode"))
            .Must(c => !new CertificateCodeMustBeWellFormed((c ?? string.Empty).Trim().ToUpperInvariant()).IsBroken())
            .WithMessage(_ => Messages.Get("CertificateCodeFormat"));
        RuleFor(c => c.NameEn).NotEmpty().MaximumLength(Certificate.NameMaxLength).WithName(_ => Messages.Get("NameEn"));
        RuleFor(c => c.NameNl).NotEmpty().MaximumLength(Certificate.NameMaxLength).WithName(_ => Messages.Get("NameNl"));
    }
}
