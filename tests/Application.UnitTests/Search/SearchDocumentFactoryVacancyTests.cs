using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Application.UnitTests.Matching;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.UnitTests.Search;

[Collection(MatchingCollection.Name)]
public sealed class SearchDocumentFactoryVacancyTests(ShippedTaxonomyFixture fixture)
{
    private readonly ITaxonomy _taxonomy = fixture.Taxonomy;
    private readonly ExampleEmployer _employer = new();

    private SearchDocumentFactory Factory => new(_taxonomy);

    private VacancyDetails Welder => MatchExamples.WelderVacancy(_taxonomy);

    [Fact]
    public void Create_WelderVacancy_HasIscoUnitGroupAndMinorGroup()
    {
        var document = Factory.Create(_employer.Published(Welder), "Bouw Leiden");

        document.OccupationUri.ShouldBe(MatchExamples.Welder.Value);
        document.IscoGroup.ShouldBe("7212");
        document.OccupationGroup.ShouldBe("721");
        document.Sector.ShouldBe("construction");
    }

    [Fact]
    public void Create_WelderVacancy_SplitsEssentialFromOptionalSkills()
    {
        var document = Factory.Create(_employer.Published(Welder), "Bouw Leiden");

        document.EssentialSkillUris.ShouldBe(MatchExamples.EssentialWelderSkills(_taxonomy).Select(s => s.Value));
        document.OptionalSkillUris.ShouldBe(MatchExamples.OptionalWelderSkills(_taxonomy).Select(s => s.Value));
        document.EssentialSkillUris.ShouldNotContain(s => document.OptionalSkillUris.Contains(s));
    }

    [Fact]
    public void Create_WelderVacancy_WritesLanguagesAsCodeAndLevel()
    {
        var document = Factory.Create(_employer.Published(Welder), "Bouw Leiden");

        document.Languages.ShouldBe(["nl:B1"]);
        document.Certificates.ShouldBe(["VCA-BASIS"]);
    }

    [Fact]
    public void Create_HtmlDescription_IndexesPlainText()
    {
        var details = Welder with
        {
            Description = "<p>Wij zoeken een lasser.</p><ul><li>Werken met staal &amp; aluminium</li><li>In Leiden</li></ul>",
        };

        var document = Factory.Create(_employer.Published(details), "Bouw Leiden");

        document.Description.ShouldBe("Wij zoeken een lasser. Werken met staal & aluminium In Leiden");
    }

    [Fact]
    public void Create_DutchText_IsDutch()
    {
        var document = Factory.Create(_employer.Published(Welder), "Bouw Leiden");

        document.TextLanguage.ShouldBe(TextLanguage.Dutch);
    }

    [Fact]
    public void Create_EnglishText_IsEnglish()
    {
        var details = Welder with
        {
            Title = "Welder",
            Description = "<p>We are looking for a welder to join our team in Leiden.</p><p>You work with steel.</p>",
        };

        var document = Factory.Create(_employer.Published(details), "Bouw Leiden");

        document.TextLanguage.ShouldBe(TextLanguage.English);
    }

    [Fact]
    public void Create_PublishedVacancy_VersionAndDateAreItsPublication()
    {
        var vacancy = _employer.Published(Welder);

        var document = Factory.Create(vacancy, "Bouw Leiden");

        document.Id.ShouldBe(vacancy.Id.Value);
        document.EmployerId.ShouldBe(_employer.Employer.Id.Value);
        document.EmployerName.ShouldBe("Bouw Leiden");
        document.PublishedAt.ShouldBe(ExampleEmployer.PublishedAt);
        document.Version.ShouldBe(Versions.Of(vacancy.UpdatedAt));
        document.Version.ShouldBeGreaterThan(Versions.Of(MatchExamples.Now));
    }

    [Fact]
    public void Create_WelderVacancy_CopiesConditionsAndPlace()
    {
        var document = Factory.Create(_employer.Published(Welder), "Bouw Leiden");

        document.ContractType.ShouldBe(nameof(ContractType.Permanent));
        document.WorkMode.ShouldBe(nameof(WorkMode.OnSite));
        (document.HoursMin, document.HoursMax).ShouldBe((32, 40));
        (document.SalaryFrom, document.SalaryTo).ShouldBe((2800, 3400));
        document.PlaceName.ShouldBe("Leiden");
        document.Latitude.ShouldBe(MatchExamples.Leiden.Location.Latitude);
        document.Longitude.ShouldBe(MatchExamples.Leiden.Location.Longitude);
        document.ClosingDate.ShouldBe(Welder.ClosingDate);
        document.VisaSponsorship.ShouldBeFalse();
    }

    [Fact]
    public void Create_DraftWithoutOccupation_HasNoOccupationFields()
    {
        var document = Factory.Create(_employer.Draft(Welder with { Occupation = null }), "Bouw Leiden");

        document.OccupationUri.ShouldBeNull();
        document.IscoGroup.ShouldBeNull();
        document.OccupationGroup.ShouldBeNull();
        document.OccupationLabels.ShouldBeEmpty();
        document.PublishedAt.ShouldBe(MatchExamples.Now);
    }
}
