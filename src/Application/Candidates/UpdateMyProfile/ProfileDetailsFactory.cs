using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Places;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Candidates.UpdateMyProfile;

/// <summary>
/// Turns a validated command into the domain's <see cref="ProfileDetails"/>, after checking that every ESCO URI is in
/// the taxonomy, every certificate in the database and the home place in the place list. Unknown ones are reported
/// together, each on its own field (e.g. <c>Skills[3]</c>), as a <see cref="ValidationException"/>.
/// </summary>
internal sealed class ProfileDetailsFactory(ITaxonomy taxonomy, IPlaceDirectory places, IApplicationDbContext db)
{
    public async Task<ProfileDetails> CreateAsync(UpdateMyProfileCommand c, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var occupations = c.DesiredOccupations.Select(OccupationUri.Create).ToList();
        Report(failures, nameof(c.DesiredOccupations), occupations, o => taxonomy.FindOccupation(o) is not null, ProfileMessages.OccupationUnknown);
        var skills = c.Skills.Select(SkillUri.Create).ToList();
        Report(failures, nameof(c.Skills), skills, s => taxonomy.FindSkill(s) is not null, ProfileMessages.SkillUnknown);
        var certificates = c.Certificates.Select(CertificateCode.Create).ToList();
        var known = await db.Certificates.AsNoTracking().Where(x => certificates.Contains(x.Code)).Select(x => x.Code)
            .ToListAsync(cancellationToken);
        Report(failures, nameof(c.Certificates), certificates, known.Contains, ProfileMessages.CertificateUnknown);
        var place = string.IsNullOrWhiteSpace(c.HomePlace) ? null : places.Find(c.HomePlace);
        if (!string.IsNullOrWhiteSpace(c.HomePlace) && place is null)
        {
            failures.Add(new ValidationFailure(nameof(c.HomePlace), ProfileMessages.PlaceUnknown));
        }

        return failures.Count > 0 ? throw new ValidationException(failures) : Details(c, occupations, skills, certificates, place);
    }

    private static ProfileDetails Details(UpdateMyProfileCommand c, List<OccupationUri> occupations, List<SkillUri> skills,
        List<CertificateCode> certificates, Place? place) => new(
        occupations, skills,
        [.. c.Languages.Select(l => new LanguageSkill(LanguageCode.Create(l.Language), ProfileEnums.Parse<CefrLevel>(l.Level)!.Value))],
        ProfileEnums.Parse<EducationLevel>(c.EducationLevel),
        DiplomaRecognition.Create(ProfileEnums.ParseOr(c.RecognitionStatus, RecognitionStatus.None),
            ProfileEnums.ParseOr(c.RecognitionBody, RecognitionBody.None)),
        ProfileEnums.ParseOr(c.BigRegistration, BigRegistrationStatus.NotApplicable),
        certificates,
        ProfileEnums.Parse<WorkAuthorisation>(c.WorkAuthorisation),
        c.AvailableFrom,
        c is { HoursPerWeekMin: { } min, HoursPerWeekMax: { } max } ? WeeklyHours.Create(min, max) : null,
        place is null ? null : HomeLocation.Create(place, c.MaxCommuteKm!.Value),
        c.WillingToRelocate,
        ProfileEnums.ParseOr(c.HousingNeed, HousingNeed.None),
        c.VisibleToEmployers,
        c.ConsentToStatistics,
        ProfileEnums.Parse<CandidateGroup>(c.Group));

    private static void Report<T>(List<ValidationFailure> failures, string field, List<T> items, Func<T, bool> exists,
        string message) =>
        failures.AddRange(items.Select((item, i) => (item, i)).Where(x => !exists(x.item))
            .Select(x => new ValidationFailure($"{field}[{x.i}]", message)));
}
