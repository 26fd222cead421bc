using FluentValidation;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Qualifications.Rules;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Candidates.UpdateMyProfile;

/// <summary>
/// Every field, with the domain's limits and rules, so that all mistakes show at once on their fields. Whether the
/// URIs, codes and place exist is checked by the handler (<see cref="ProfileDetailsFactory"/>).
/// </summary>
public sealed partial class UpdateMyProfileValidator : AbstractValidator<UpdateMyProfileCommand>
{
    public UpdateMyProfileValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.DesiredOccupations).NotNull()
            .Must(o => o.Distinct().Count() is >= 1 and <= Candidate.MaxDesiredOccupations)
            .WithMessage(_ => ProfileMessages.DesiredOccupationsCount);
        RuleForEach(c => c.DesiredOccupations).Must(u => OccupationUri.TryCreate(u, out _))
            .WithMessage(_ => ProfileMessages.OccupationUnknown);
        RuleFor(c => c.Skills).NotNull().Must(s => s.Distinct().Count() <= Candidate.MaxSkills)
            .WithMessage(_ => ProfileMessages.TooManySkills);
        RuleForEach(c => c.Skills).Must(u => SkillUri.TryCreate(u, out _)).WithMessage(_ => ProfileMessages.SkillUnknown);
        RuleFor(c => c.Languages).NotNull().Must(l => l.Count <= Candidate.MaxLanguages)
            .WithMessage(_ => ProfileMessages.TooManyLanguages).Custom(NoLanguageTwice);
        RuleForEach(c => c.Languages).NotNull().SetValidator(new LanguageSkillInputValidator());
        RuleFor(c => c.Certificates).NotNull()
            .Must(c => c.Distinct(StringComparer.OrdinalIgnoreCase).Count() <= Candidate.MaxCertificates)
            .WithMessage(_ => ProfileMessages.TooManyCertificates);
        RuleForEach(c => c.Certificates).Must(IsWellFormedCertificate).WithMessage(_ => ProfileMessages.CertificateUnknown);

        RuleFor(c => c.EducationLevel).ValidChoice(typeof(EducationLevel));
        RuleFor(c => c.BigRegistration).ValidChoice(typeof(BigRegistrationStatus));
        RuleFor(c => c.WorkAuthorisation).ValidChoice(typeof(WorkAuthorisation));
        RuleFor(c => c.HousingNeed).ValidChoice(typeof(HousingNeed));
        RuleFor(c => c.Group).ValidChoice(typeof(CandidateGroup));
        RuleFor(c => c.AvailableFrom)
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(2))
            .WithMessage(_ => ProfileMessages.AvailableFromTooFar);
        AddRecognitionRules();
        AddWorkPreferenceRules();
    }

    private static bool IsWellFormedCertificate(string? code) =>
        !new CertificateCodeMustBeWellFormed((code ?? string.Empty).Trim().ToUpperInvariant()).IsBroken();

    private static void NoLanguageTwice(IReadOnlyList<LanguageSkillInput> languages,
        ValidationContext<UpdateMyProfileCommand> context)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < languages.Count; i++)
        {
            if (languages[i]?.Language?.Trim() is { Length: > 0 } code && !seen.Add(code))
            {
                context.AddFailure($"{nameof(UpdateMyProfileCommand.Languages)}[{i}].{nameof(LanguageSkillInput.Language)}",
                    ProfileMessages.DuplicateLanguage);
            }
        }
    }
}
