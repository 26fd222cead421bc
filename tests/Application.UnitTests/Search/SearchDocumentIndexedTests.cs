using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Application.UnitTests.Matching;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.UnitTests.Search;

[Collection(MatchingCollection.Name)]
public sealed class SearchDocumentIndexedTests(ShippedTaxonomyFixture fixture)
{
    private readonly ITaxonomy _taxonomy = fixture.Taxonomy;
    private readonly ExampleEmployer _employer = new();

    [Fact]
    public void IsIndexed_DraftVacancy_IsFalse() =>
        SearchDocumentFactory.IsIndexed(_employer.Draft(MatchExamples.WelderVacancy(_taxonomy))).ShouldBeFalse();

    [Fact]
    public void IsIndexed_PublishedVacancy_IsTrue() =>
        SearchDocumentFactory.IsIndexed(_employer.Published(MatchExamples.WelderVacancy(_taxonomy))).ShouldBeTrue();

    [Fact]
    public void IsIndexed_ClosedVacancy_IsFalse() =>
        SearchDocumentFactory.IsIndexed(_employer.Closed(MatchExamples.WelderVacancy(_taxonomy))).ShouldBeFalse();

    [Fact]
    public void IsIndexed_FilledVacancy_IsFalse() =>
        SearchDocumentFactory.IsIndexed(_employer.Filled(MatchExamples.WelderVacancy(_taxonomy))).ShouldBeFalse();

    [Fact]
    public void IsIndexed_VisibleCandidate_IsTrue() =>
        SearchDocumentFactory.IsIndexed(MatchExamples.Candidate(MatchExamples.FittingWelder(_taxonomy)))
            .ShouldBeTrue();

    [Fact]
    public void IsIndexed_HiddenCandidate_IsFalse() =>
        SearchDocumentFactory.IsIndexed(MatchExamples.Candidate(
            MatchExamples.FittingWelder(_taxonomy) with { VisibleToEmployers = false })).ShouldBeFalse();

    [Fact]
    public void IsIndexed_CandidateWithoutProfile_IsFalse() =>
        SearchDocumentFactory.IsIndexed(Candidate.Register(UserId.New(), "Ana", MatchExamples.Now)).ShouldBeFalse();
}
