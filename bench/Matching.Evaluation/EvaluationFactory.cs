using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Matching.Evaluation;

/// <summary>
/// Builds the domain objects of the evaluation. Everything but occupation and skills is the same for every vacancy
/// and candidate (Leiden, on site, 32–40 hours), so the figures measure occupation and skill matching only.
/// </summary>
internal sealed class EvaluationFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly Place Leiden = new("Leiden", "0546", new GeoPoint(52.15833, 4.49306));

    private readonly ITaxonomy _taxonomy;
    private readonly ILookup<IscoCode, EscoOccupation> _byUnitGroup;
    private readonly ILookup<Sector, EscoOccupation> _bySector;
    private readonly UserId _owner = UserId.New();
    private readonly Employer _employer;

    public EvaluationFactory(ITaxonomy taxonomy, IReadOnlyList<EscoOccupation> occupations)
    {
        _taxonomy = taxonomy;
        _byUnitGroup = occupations.ToLookup(o => o.IscoCode);
        _bySector = occupations.Where(o => o.Sector is not null).ToLookup(o => o.Sector!);
        _employer = Employer.Register("Evaluation employer", KvkNumber.Create("12345678"), false, _owner, Now);
    }

    public EvaluationVacancy Vacancy(EscoOccupation occupation)
    {
        var label = occupation.Labels.PreferredIn(TaxonomyLanguage.English);
        var group = _taxonomy.FindIscoGroup(occupation.IscoCode)?.Labels.PreferredIn(TaxonomyLanguage.English);
        var skills = _taxonomy.SkillsOf(occupation.Uri).Select(s => new RequiredSkill(s.Skill, s.Relation)).ToList();
        var details = new VacancyDetails(label, $"<p>We are looking for a {label} in Leiden. Field: {group}.</p>",
            occupation.Sector, occupation.Uri, skills, [], null, false, false, [], HoursRange.Create(32, 40),
            ContractType.Permanent, SalaryRange.Create(3000, 4000), VacancyLocation.Of(Leiden), WorkMode.OnSite,
            false, false, false, null, Today.AddDays(30));
        var vacancy = Domain.Vacancies.Vacancy.Draft(_employer, details, _owner, Now);
        var labels = vacancy.Skills
            .Select(s => _taxonomy.FindSkill(s.Skill)?.Labels.PreferredIn(TaxonomyLanguage.English))
            .OfType<string>().ToList();
        return new EvaluationVacancy(vacancy, occupation, labels);
    }

    /// <summary>
    /// A random <paramref name="share"/> (at least one) of the vacancy's essential skills, wanting a random sibling
    /// in the ISCO unit group or, without one, a random other occupation of the sector. Null without essential skills.
    /// </summary>
    public SkillCase? SkillCase(EvaluationVacancy target, double share, Random random)
    {
        var essential = target.Vacancy.Skills.Where(s => s.Relation == SkillRelation.Essential).Select(s => s.Skill).ToList();
        if (essential.Count == 0)
        {
            return null;
        }

        var count = Math.Max(1, (int)Math.Round(essential.Count * share, MidpointRounding.AwayFromZero));
        var held = essential.OrderBy(_ => random.Next()).Take(count).ToList();
        var siblings = _byUnitGroup[target.Occupation.IscoCode].Where(o => o.Uri != target.Occupation.Uri).ToList();
        var others = siblings.Count > 0
            ? siblings
            : [.. _bySector[target.Occupation.Sector!].Where(o => o.Uri != target.Occupation.Uri)];
        var wanted = others[random.Next(others.Count)];
        var candidate = Candidate.Register(UserId.New(), "Evaluation candidate", Now);
        candidate.UpdateProfile(new ProfileDetails([wanted.Uri], held, [], null, DiplomaRecognition.None,
            BigRegistrationStatus.NotApplicable, [], WorkAuthorisation.EuEeaOrSwissCitizen, null, null,
            HomeLocation.Create(Leiden, 30), false, HousingNeed.None, true, false), Now);
        var labels = held.Select(s => _taxonomy.FindSkill(s)?.Labels.PreferredIn(TaxonomyLanguage.English))
            .OfType<string>().ToList();
        return new SkillCase(target.Occupation.Uri, share, candidate, labels, siblings.Count > 0);
    }
}
