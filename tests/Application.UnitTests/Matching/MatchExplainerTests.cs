using System.Globalization;
using TalentMatch.Application.Matching;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Application.UnitTests.Matching;

public sealed class MatchExplainerTests(ShippedTaxonomyFixture fixture) : MatchingTests(fixture)
{
    private static readonly CultureInfo English = new("en");
    private static readonly CultureInfo Dutch = new("nl");

    [Theory]
    [InlineData("en", "Dutch: B1 asked, you have A2")]
    [InlineData("nl", "Nederlands: B1 gevraagd, u hebt A2")]
    public void Explain_LanguageBelowLevel_NamesBothLevels(string culture, string expected)
    {
        var criterion = new MatchCriterion(CriterionCodes.Language, MatchStatus.Partial, ["nl", "B1", "A2"], "language:nl");

        Explain(criterion, new CultureInfo(culture)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("en", "Occupation: welder, close to solderer, which you are looking for")]
    [InlineData("nl", "Beroep: lasser, verwant aan soldeerder, het werk dat u zoekt")]
    public void Explain_RelatedOccupation_UsesTaxonomyLabelsInReadersLanguage(string culture, string expected)
    {
        var criterion = Criterion(Fitting with { DesiredOccupations = [MatchExamples.Solderer] }, Welder,
            CriterionCodes.Occupation);

        Explain(criterion, new CultureInfo(culture)).ShouldBe(expected);
    }

    [Fact]
    public void Explain_MissingCertificate_UsesShippedName()
    {
        var criterion = new MatchCriterion(CriterionCodes.Certificate, MatchStatus.Missing, ["VOG"], "certificate:VOG");

        Explain(criterion, English).ShouldBe("Certificate of Conduct (VOG): asked, you do not have it yet");
        Explain(criterion, Dutch).ShouldBe("Verklaring Omtrent het Gedrag (VOG): gevraagd, u hebt het nog niet");
    }

    [Fact]
    public void Explain_PartialSkills_GivesCounts()
    {
        var criterion = new MatchCriterion(CriterionCodes.EssentialSkills, MatchStatus.Partial, ["2", "4"], Obstacles.Skills);

        Explain(criterion, English).ShouldBe("Essential skills: you have 2 of 4");
        Explain(criterion, Dutch).ShouldBe("Essentiële vaardigheden: u hebt er 2 van 4");
    }

    [Fact]
    public void Explain_Availability_FormatsDatesForTheReader()
    {
        var criterion = new MatchCriterion(CriterionCodes.Availability, MatchStatus.Partial, ["2027-01-04", "2026-12-25"], null);

        Explain(criterion, English).ShouldBe("Start: 25 December 2026, you are available from 4 January 2027");
        Explain(criterion, Dutch).ShouldBe("Start: 25 december 2026, u bent beschikbaar vanaf 4 januari 2027");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public void Explain_EveryCriterionOfVariedPairs_GivesTextWithoutPlaceholders(string culture)
    {
        var student = Fitting with
        {
            WorkAuthorisation = WorkAuthorisation.StudentWithHoursLimit, HoursPerWeek = WeeklyHours.Create(8, 16),
            Languages = [], EducationLevel = null, HousingNeed = HousingNeed.NeedsHousing, AvailableFrom = MatchExamples.Today.AddDays(40),
            Home = HomeLocation.Create(MatchExamples.Groningen, 10), WillingToRelocate = true,
        };
        var demanding = Welder with { DiplomaRecognitionRequired = true, BigRegistrationRequired = true, RelocationSupport = true };
        var criteria = new[] { Score(Fitting, Welder), Score(student, demanding), Score(student, Welder) }
            .SelectMany(r => r.Criteria).ToList();

        foreach (var criterion in criteria)
        {
            var text = Explain(criterion, new CultureInfo(culture));
            text.ShouldNotContain("{");
            text.ShouldNotBeNullOrWhiteSpace();
        }

        criteria.Select(c => c.Code).Distinct().Count().ShouldBe(13);
    }

    private string Explain(MatchCriterion criterion, CultureInfo culture) =>
        new MatchExplainer(Taxonomy).Explain(criterion, culture);
}
