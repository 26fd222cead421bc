using TalentMatch.Application.Matching;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Application.UnitTests.Matching;

public sealed class MatchScoreTests(ShippedTaxonomyFixture fixture) : MatchingTests(fixture)
{
    [Fact]
    public void Score_WhenEverythingMet_Is100WithoutObstacles()
    {
        var result = Score(Fitting, Welder);

        result.Score.ShouldBe(100);
        result.Criteria.ShouldAllBe(c => c.Status == MatchStatus.Met);
        result.Obstacles.ShouldBeEmpty();
    }

    [Fact]
    public void Score_WhenNothingFits_IsLow()
    {
        var result = Score(Fitting with
        {
            DesiredOccupations = [MatchExamples.GeneralNurse], Skills = [], Languages = [], Certificates = [],
            EducationLevel = EducationLevel.None,
        }, Welder);

        result.Score.ShouldBeLessThan(40);
    }

    [Fact]
    public void Score_BetterFittingCandidate_ScoresHigher()
    {
        var skills = MatchExamples.EssentialWelderSkills(Taxonomy);
        var strong = Fitting with { DesiredOccupations = [MatchExamples.Solderer], Skills = skills.Take(3).ToList() };
        var weaker = strong with { Skills = skills.Take(1).ToList() };
        var weakest = weaker with { DesiredOccupations = [MatchExamples.GeneralNurse] };

        var scores = new[] { strong, weaker, weakest }.Select(c => Score(c, Welder).Score).ToList();

        scores.ShouldBeInOrder(SortDirection.Descending);
        scores.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Score_WhenLanguageImproves_ScoreRises()
    {
        var a1 = Score(Fitting with { Languages = [MatchExamples.Speaks("nl", CefrLevel.A1)] }, Welder).Score;
        var a2 = Score(Fitting with { Languages = [MatchExamples.Speaks("nl", CefrLevel.A2)] }, Welder).Score;

        a2.ShouldBeGreaterThan(a1);
    }

    [Fact]
    public void Score_SamePairTwice_GivesTheSameResult()
    {
        var scorer = new MatchScorer(Taxonomy);
        var candidate = MatchExamples.Candidate(Fitting with
        {
            DesiredOccupations = [MatchExamples.PipeWelder, MatchExamples.Solderer],
            Languages = [MatchExamples.Speaks("nl", CefrLevel.A2)], HousingNeed = Domain.Candidates.HousingNeed.NeedsHousing,
        });
        var vacancy = MatchExamples.Vacancy(Welder);

        var first = scorer.Score(candidate, vacancy, MatchExamples.Today).ShouldNotBeNull();
        var second = scorer.Score(candidate, vacancy, MatchExamples.Today).ShouldNotBeNull();

        second.Score.ShouldBe(first.Score);
        second.Criteria.ShouldBe(first.Criteria, new CriterionComparer());
    }

    [Fact]
    public void Obstacles_ListEachClosableGapOnce()
    {
        var result = Score(Fitting with { Languages = [], Certificates = [], HousingNeed = Domain.Candidates.HousingNeed.NeedsHousing },
            Welder with { Certificates = [CertificateCode.Create("VCA-BASIS"), CertificateCode.Create("VOG")] });

        result.Obstacles.ShouldBe(["language:nl", "certificate:VCA-BASIS", "certificate:VOG", "housing"]);
    }

    private sealed class CriterionComparer : IEqualityComparer<MatchCriterion>
    {
        public bool Equals(MatchCriterion? x, MatchCriterion? y) => x is not null && y is not null && x.Code == y.Code
            && x.Status == y.Status && x.Obstacle == y.Obstacle && x.Arguments.SequenceEqual(y.Arguments);

        public int GetHashCode(MatchCriterion obj) => obj.Code.GetHashCode(StringComparison.Ordinal);
    }
}
