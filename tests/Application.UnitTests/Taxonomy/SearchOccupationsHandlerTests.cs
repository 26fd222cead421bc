using TalentMatch.Application.Common.Behaviours;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Application.Taxonomy.SearchOccupations;
using TalentMatch.Domain.Taxonomy;
using ValidationException = TalentMatch.Application.Common.Exceptions.ValidationException;

namespace TalentMatch.Application.UnitTests.Taxonomy;

public sealed class SearchOccupationsHandlerTests
{
    [Fact]
    public async Task Handle_Defaults_EnglishAndTenResults()
    {
        var taxonomy = TaxonomyExamples.Taxonomy();

        await new SearchOccupationsHandler(taxonomy).Handle(new SearchOccupationsQuery("lasser"), CancellationToken.None);

        taxonomy.LastSearch.ShouldBe(("lasser", TaxonomyLanguage.English, TaxonomySearchLimits.DefaultLimit));
    }

    [Fact]
    public async Task Handle_Dutch_LabelsInDutchWithIscoAndSector()
    {
        var entries = await new SearchOccupationsHandler(TaxonomyExamples.Taxonomy())
            .Handle(new SearchOccupationsQuery("x", "nl", 5), CancellationToken.None);

        entries.ShouldBe([
            new TaxonomyEntryDto(TaxonomyExamples.Nurse.Uri.Value, "algemeen verpleegkundige", "2221", "healthcare"),
            new TaxonomyEntryDto(TaxonomyExamples.Welder.Uri.Value, "lasser", "7212", null),
        ]);
    }

    [Fact]
    public async Task Handle_LanguageWithoutLabel_FallsBackToEnglish()
    {
        var entries = await new SearchOccupationsHandler(TaxonomyExamples.Taxonomy())
            .Handle(new SearchOccupationsQuery("x", "fr", 1), CancellationToken.None);

        entries.Single().Label.ShouldBe("nurse responsible for general care");
    }

    [Fact]
    public async Task Pipeline_InvalidQuery_ThrowsValidationExceptionKeyedByParameter()
    {
        var behaviour = new ValidationBehaviour<SearchOccupationsQuery, IReadOnlyList<TaxonomyEntryDto>>(
            [new SearchOccupationsValidator()]);

        var exception = await Should.ThrowAsync<ValidationException>(async () => await behaviour.Handle(
            new SearchOccupationsQuery("", "de", 0), (_, _) => ValueTask.FromResult<IReadOnlyList<TaxonomyEntryDto>>([]),
            CancellationToken.None));

        exception.Errors.Keys.ShouldBe(["q", "lang", "limit"], ignoreOrder: true);
    }
}
