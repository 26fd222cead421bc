using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Vacancies.Shared;

/// <summary>Turns validated <see cref="VacancyFields"/> into the domain's values; sanitises the description.</summary>
public sealed class VacancyDetailsFactory(IRichTextSanitizer sanitizer, IPlaceDirectory places)
{
    public VacancyDetails Create(VacancyFields f)
    {
        var place = string.IsNullOrWhiteSpace(f.Place) ? null : places.Find(f.Place);
        return new VacancyDetails(
            (f.Title ?? string.Empty).Trim(),
            sanitizer.Sanitize(f.Description),
            Sector.FromCode(f.Sector),
            string.IsNullOrWhiteSpace(f.OccupationUri) ? null : OccupationUri.Create(f.OccupationUri),
            [.. (f.Skills ?? []).Select(s => new RequiredSkill(SkillUri.Create(s.Uri),
                EnumInput.ParseOptional<SkillRelation>(s.Relation) ?? SkillRelation.Essential))],
            [.. (f.Languages ?? []).Select(l => new LanguageSkill(LanguageCode.Create(l.Language),
                EnumInput.ParseOptional<CefrLevel>(l.Level) ?? CefrLevel.A1))],
            EnumInput.ParseOptional<EducationLevel>(f.EducationLevel),
            f.DiplomaRecognitionRequired,
            f.BigRegistrationRequired,
            [.. (f.Certificates ?? []).Select(CertificateCode.Create)],
            HoursRange.CreateOptional(f.HoursMin, f.HoursMax),
            EnumInput.ParseOptional<ContractType>(f.ContractType),
            SalaryRange.CreateOptional(f.SalaryFrom, f.SalaryTo),
            place is null ? null : VacancyLocation.Of(place),
            EnumInput.ParseOptional<WorkMode>(f.WorkMode),
            f.VisaSponsorship,
            f.RelocationSupport,
            f.HousingSupport,
            f.StartDate,
            f.ClosingDate);
    }
}
