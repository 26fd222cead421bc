using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Application.UnitTests.Matching;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.UnitTests.Search;

[Collection(MatchingCollection.Name)]
public sealed class SearchDocumentFactoryLabelTests(ShippedTaxonomyFixture fixture)
{
    private readonly ITaxonomy _taxonomy = fixture.Taxonomy;
    private readonly ExampleEmployer _employer = new();

    private SearchDocumentFactory Factory => new(_taxonomy);

    private VacancyDetails Welder => MatchExamples.WelderVacancy(_taxonomy);

    [Fact]
    public void Create_WelderVacancy_HasOccupationLabelsInAllFiveLanguages()
    {
        var document = Factory.Create(_employer.Published(Welder), "Bouw Leiden");

        document.OccupationLabels.ShouldContain("welder");
        document.OccupationLabels.ShouldContain("lasser");
        document.OccupationLabels.ShouldContain("spawacz");
        document.OccupationLabels.ShouldContain("soudeur/soudeuse");
        document.OccupationLabels.ShouldContain("soldador/soldadora");
        var welder = _taxonomy.FindOccupation(MatchExamples.Welder).ShouldNotBeNull();
        foreach (var language in TaxonomyLanguage.All)
        {
            document.OccupationLabels.ShouldContain(welder.Labels.In(language).ShouldNotBeNull().Preferred);
        }
    }

    [Fact]
    public void Create_WelderVacancy_HasAlternativeLabelsOnceEach()
    {
        var document = Factory.Create(_employer.Published(Welder), "Bouw Leiden");

        document.OccupationLabels.ShouldContain("gaslasser");
        document.OccupationLabels.ShouldContain("spawacz metodą TIG");
        document.OccupationLabels.Distinct(StringComparer.OrdinalIgnoreCase).Count()
            .ShouldBe(document.OccupationLabels.Count);
    }

    [Fact]
    public void Create_WelderVacancy_HasLabelsOfEverySkillInEveryLanguageTheSkillHas()
    {
        var document = Factory.Create(_employer.Published(Welder), "Bouw Leiden");

        foreach (var required in Welder.Skills)
        {
            var skill = _taxonomy.FindSkill(required.Skill).ShouldNotBeNull();
            skill.Labels.Languages.Count().ShouldBeGreaterThan(1);
            foreach (var language in skill.Labels.Languages)
            {
                document.SkillLabels.ShouldContain(skill.Labels.In(language)!.Preferred, customMessage: language.Code);
            }
        }
    }
}
