using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Places;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Vacancies.Shared;

/// <summary>Every field of <see cref="VacancyFields"/>; errors are keyed by field name (Title, Languages[0].Level...).</summary>
public sealed class VacancyFieldsValidator : AbstractValidator<VacancyFields>
{
    public VacancyFieldsValidator(ITaxonomy taxonomy, IPlaceDirectory places, IApplicationDbContext db)
    {
        RuleFor(f => f.Title).NotEmpty().MaximumLength(Vacancy.TitleMaxLength).WithName(_ => Messages.Get("VacancyTitle"));
        RuleFor(f => f.Description).MaximumLength(Vacancy.DescriptionMaxLength).WithName(_ => Messages.Get("Description"));
        RuleFor(f => f.Sector).Must(s => Sector.FromCode(s) is not null).When(f => !string.IsNullOrEmpty(f.Sector))
            .WithMessage(_ => Messages.Get("OptionUnknown"));
        RuleFor(f => f.OccupationUri)
            .Must(u => OccupationUri.TryCreate(u, out var uri) && taxonomy.FindOccupation(uri) is not null)
            .When(f => !string.IsNullOrEmpty(f.OccupationUri)).WithMessage(_ => Messages.Get("OccupationUnknown"));
        RuleFor(f => f.Skills).Must(s => s!.Count <= Vacancy.MaxSkills).When(f => f.Skills is not null)
            .WithMessage(_ => Messages.Format("TooMany", Vacancy.MaxSkills));
        RuleForEach(f => f.Skills).ChildRules(skill =>
        {
            skill.RuleFor(s => s.Uri).Must(u => SkillUri.TryCreate(u, out var uri) && taxonomy.FindSkill(uri) is not null)
                .WithMessage(_ => Messages.Get("SkillUnknown"));
            skill.RuleFor(s => s.Relation).Must(EnumInput.IsValid<SkillRelation>).WithMessage(_ => Messages.Get("OptionUnknown"));
        });
        RuleFor(f => f.Languages).Must(l => l!.Count <= Vacancy.MaxLanguages).When(f => f.Languages is not null)
            .WithMessage(_ => Messages.Format("TooMany", Vacancy.MaxLanguages));
        RuleForEach(f => f.Languages).ChildRules(language =>
        {
            language.RuleFor(l => l.Language).Must(LanguageCode.IsValid).WithMessage(_ => Messages.Get("LanguageCodeUnknown"));
            language.RuleFor(l => l.Level).Must(EnumInput.IsValid<CefrLevel>).WithMessage(_ => Messages.Get("CefrLevelUnknown"));
        });
        RuleFor(f => f.EducationLevel).Must(EnumInput.IsValid<EducationLevel>)
            .When(f => !string.IsNullOrEmpty(f.EducationLevel)).WithMessage(_ => Messages.Get("OptionUnknown"));
        RuleFor(f => f.Certificates).Must(c => c!.Count <= Vacancy.MaxCertificates).When(f => f.Certificates is not null)
            .WithMessage(_ => Messages.Format("TooMany", Vacancy.MaxCertificates));
        RuleFor(f => f.Certificates).MustAsync(async (codes, ct) => await AllKnownAsync(db, codes!, ct))
            .When(f => f.Certificates is { Count: > 0 }).WithMessage(_ => Messages.Get("CertificateUnknown"));
        RuleFor(f => f.HoursMin).InclusiveBetween(HoursRange.MinHours, HoursRange.MaxHours).WithName(_ => Messages.Get("HoursMin"));
        RuleFor(f => f.HoursMax).InclusiveBetween(HoursRange.MinHours, HoursRange.MaxHours).WithName(_ => Messages.Get("HoursMax"));
        RuleFor(f => f.HoursMax).NotNull().When(f => f.HoursMin is not null).WithMessage(_ => Messages.Get("BothOrNeither"));
        RuleFor(f => f.HoursMin).NotNull().When(f => f.HoursMax is not null).WithMessage(_ => Messages.Get("BothOrNeither"));
        RuleFor(f => f.HoursMax).GreaterThanOrEqualTo(f => f.HoursMin).When(f => f.HoursMin is not null && f.HoursMax is not null)
            .WithMessage(_ => Messages.Get("HoursOrder"));
        RuleFor(f => f.ContractType).Must(EnumInput.IsValid<ContractType>)
            .When(f => !string.IsNullOrEmpty(f.ContractType)).WithMessage(_ => Messages.Get("OptionUnknown"));
        RuleFor(f => f.SalaryFrom).InclusiveBetween(SalaryRange.MinMonthly, SalaryRange.MaxMonthly).WithName(_ => Messages.Get("SalaryFrom"));
        RuleFor(f => f.SalaryTo).InclusiveBetween(SalaryRange.MinMonthly, SalaryRange.MaxMonthly).WithName(_ => Messages.Get("SalaryTo"));
        RuleFor(f => f.SalaryTo).NotNull().When(f => f.SalaryFrom is not null).WithMessage(_ => Messages.Get("BothOrNeither"));
        RuleFor(f => f.SalaryFrom).NotNull().When(f => f.SalaryTo is not null).WithMessage(_ => Messages.Get("BothOrNeither"));
        RuleFor(f => f.SalaryTo).GreaterThanOrEqualTo(f => f.SalaryFrom).When(f => f.SalaryFrom is not null && f.SalaryTo is not null)
            .WithMessage(_ => Messages.Get("SalaryOrder"));
        RuleFor(f => f.Place).Must(p => places.Find(p!) is not null).When(f => !string.IsNullOrWhiteSpace(f.Place))
            .WithMessage(_ => Messages.Get("PlaceUnknown"));
        RuleFor(f => f.WorkMode).Must(EnumInput.IsValid<WorkMode>)
            .When(f => !string.IsNullOrEmpty(f.WorkMode)).WithMessage(_ => Messages.Get("OptionUnknown"));
        RuleFor(f => f.ClosingDate).Must(d => d!.Value.Year <= 2100).When(f => f.ClosingDate is not null)
            .WithMessage(_ => Messages.Get("DateNotValid"));
        RuleFor(f => f.StartDate).Must(d => d!.Value.Year <= 2100).When(f => f.StartDate is not null)
            .WithMessage(_ => Messages.Get("DateNotValid"));
    }

    private static async Task<bool> AllKnownAsync(IApplicationDbContext db, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var known = (await db.Certificates.AsNoTracking().Select(c => c.Code).ToListAsync(ct)).Select(c => c.Value).ToHashSet();
        return codes.All(c => known.Contains((c ?? string.Empty).Trim().ToUpperInvariant()));
    }
}
