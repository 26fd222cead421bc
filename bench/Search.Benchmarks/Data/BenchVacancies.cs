using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Demo;

namespace TalentMatch.Search.Benchmarks.Data;

/// <summary>
/// Vacancy documents from the demo generator (ESCO occupations of the four sectors, their skills, the demo's pay,
/// hours, languages and certificates), flattened as <c>SearchDocumentFactory</c> does, with what the demo leaves
/// fixed varied here: contract, work mode, place, closing date, and a requirements paragraph in the description.
/// </summary>
internal sealed class BenchVacancies(ITaxonomy taxonomy, BenchPlaces places)
{
    private const int Kind = 11;
    private const int VacanciesPerEmployer = 20;
    private readonly ConceptLabelCache _labels = new(taxonomy);
    private readonly Welders _welders = new(taxonomy);

    public IEnumerable<VacancyDocument> Generate(int count)
    {
        var employers = DemoEmployerGenerator.Generate(Math.Max(1, count / VacanciesPerEmployer), BenchScale.Seed).ToList();
        var employerIds = employers.Select(e => BenchIds.Next(BenchIds.For(Kind + 1, e.Index))).ToList();
        var generator = new DemoVacancyGenerator(new DemoOccupations(taxonomy));
        foreach (var demo in generator.Generate(count, employers, BenchScale.Seed))
        {
            var employer = employers[demo.EmployerIndex - 1];
            yield return ToDocument(demo, employer, employerIds[demo.EmployerIndex - 1], BenchIds.For(Kind, demo.Index));
        }
    }

    private VacancyDocument ToDocument(DemoVacancy generated, DemoEmployer employer, Guid employerId, Random random)
    {
        var demo = _welders.Maybe(employer.Sector.Code, random) is { } welder ? AsWelder(generated, welder, random) : generated;
        var occupation = taxonomy.FindOccupation(demo.Occupation)!;
        var place = places.Pick(demo.PlaceName, random);
        var published = BenchScale.Now.AddDays(-demo.PostedDaysAgo).AddMinutes(-random.Next(0, 600));
        var dutch = demo.TextLanguage == TextLanguage.Dutch;
        var description = PlainText.FromHtml(
            DemoTexts.VacancyDescription(demo.Title, employer, place.Name, demo.HoursMax, dutch)
            + Requirements(demo, dutch));
        return new VacancyDocument(
            BenchIds.Next(random), published.ToUnixTimeMilliseconds(), employerId, employer.Name, demo.Title, description,
            demo.TextLanguage, employer.Sector.Code, occupation.Uri.Value, occupation.IscoCode.Value,
            occupation.IscoCode.Value[..3], _labels.Occupation(occupation),
            [.. demo.EssentialSkills.Select(s => s.Value)], [.. demo.NiceToHaveSkills.Select(s => s.Value)],
            _labels.Skills(demo.EssentialSkills.Concat(demo.NiceToHaveSkills)),
            [.. demo.Languages.Select(LanguageRequirement.Format)], [.. demo.Certificates.Select(c => c.Value)],
            Contract(random).ToString(), Mode(random).ToString(), demo.HoursMin, demo.HoursMax, demo.SalaryMin,
            demo.SalaryMax, place.Name, place.Location.Latitude, place.Location.Longitude, demo.SponsorsVisa,
            demo.HousingSupport, demo.HousingSupport, published, Closing(demo, random));
    }

    private DemoVacancy AsWelder(DemoVacancy demo, EscoOccupation welder, Random random) => demo with
    {
        Occupation = welder.Uri,
        Title = welder.Labels.PreferredIn(demo.TextLanguage == TextLanguage.Dutch ? TaxonomyLanguage.Dutch : TaxonomyLanguage.English),
        EssentialSkills = _welders.Skills(welder, SkillRelation.Essential, random.Next(3, 9), random),
        NiceToHaveSkills = _welders.Skills(welder, SkillRelation.Optional, random.Next(0, 5), random),
    };

    /// <summary>Real vacancies are longer than the demo's two sentences: list what the candidate brings.</summary>
    private string Requirements(DemoVacancy demo, bool dutch)
    {
        var skills = string.Join(", ", demo.EssentialSkills
            .Select(s => taxonomy.FindSkill(s)?.Labels.PreferredIn(TaxonomyLanguage.English)).OfType<string>());
        return dutch
            ? $"<p>Wat je meebrengt: {skills}. Opleiding: {demo.Education}. Wij bieden een salaris van {demo.SalaryMin} tot "
              + $"{demo.SalaryMax} euro bruto per maand, {demo.HoursMin} tot {demo.HoursMax} uur per week, en een goede "
              + "begeleiding in je eerste maanden. Solliciteer met je cv en een korte motivatie.</p>"
            : $"<p>What you bring: {skills}. Education: {demo.Education}. We offer a salary of {demo.SalaryMin} to "
              + $"{demo.SalaryMax} euros gross a month, {demo.HoursMin} to {demo.HoursMax} hours a week, and good support "
              + "in your first months. Apply with your CV and a short motivation.</p>";
    }

    private static ContractType Contract(Random random) => random.NextDouble() switch
    {
        < 0.55 => ContractType.Permanent,
        < 0.85 => ContractType.FixedTerm,
        < 0.95 => ContractType.TemporaryAgency,
        _ => ContractType.Internship,
    };

    private static WorkMode Mode(Random random) => random.NextDouble() switch
    {
        < 0.80 => WorkMode.OnSite,
        < 0.95 => WorkMode.Hybrid,
        _ => WorkMode.Remote,
    };

    /// <summary>Mostly open; one in ten without a closing date, one in twenty already closed.</summary>
    private static DateOnly? Closing(DemoVacancy demo, Random random) => random.NextDouble() switch
    {
        < 0.10 => null,
        < 0.15 => BenchScale.Today.AddDays(-random.Next(1, 30)),
        _ => BenchScale.Today.AddDays(demo.ClosesInDays),
    };
}
