using TalentMatch.Application.Matching;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.UnitTests.Matching;

public sealed class WorkConditionsCriteriaTests(ShippedTaxonomyFixture fixture) : MatchingTests(fixture)
{
    [Fact]
    public void Score_WhenSponsorNeededAndVacancyDoesNotSponsor_ExcludesThePair()
    {
        var candidate = Fitting with { WorkAuthorisation = WorkAuthorisation.NeedsSponsorHighlySkilledMigrant };

        TryScore(candidate, Welder with { VisaSponsorship = false }).ShouldBeNull();
    }

    [Fact]
    public void Score_WhenSponsorNeededAndVacancySponsors_IsMet()
    {
        var candidate = Fitting with { WorkAuthorisation = WorkAuthorisation.NeedsSponsorHighlySkilledMigrant };

        var criterion = Criterion(candidate, Welder with { VisaSponsorship = true }, CriterionCodes.WorkAuthorisation);

        criterion.Status.ShouldBe(MatchStatus.Met);
        criterion.Arguments.ShouldBe([MatchVariants.Sponsored]);
    }

    [Fact]
    public void Score_WhenStudentAndVacancyAsksMoreThanSixteenHours_IsPartial()
    {
        var student = Fitting with { WorkAuthorisation = WorkAuthorisation.StudentWithHoursLimit, HoursPerWeek = WeeklyHours.Create(8, 16) };

        var criterion = Criterion(student, Welder, CriterionCodes.WorkAuthorisation);

        criterion.Status.ShouldBe(MatchStatus.Partial);
        criterion.Arguments.ShouldBe([MatchVariants.Student, "16", "32"]);
    }

    [Fact]
    public void Score_WhenAuthorisationOther_IsPartialWithSponsorshipObstacle()
    {
        var criterion = Criterion(Fitting with { WorkAuthorisation = WorkAuthorisation.Other }, Welder,
            CriterionCodes.WorkAuthorisation);

        criterion.Status.ShouldBe(MatchStatus.Partial);
        criterion.Obstacle.ShouldBe(Obstacles.Sponsorship);
    }

    [Fact]
    public void Score_WhenWithinCommute_IsMet()
    {
        var criterion = Criterion(Fitting, Welder, CriterionCodes.Location);

        criterion.Status.ShouldBe(MatchStatus.Met);
        criterion.Arguments.ShouldBe([MatchVariants.Commute, "0", "20"]);
    }

    [Fact]
    public void Score_WhenTooFarAndNotMoving_IsMissing()
    {
        var criterion = Criterion(Fitting with { Home = HomeLocation.Create(MatchExamples.Groningen, 30) }, Welder,
            CriterionCodes.Location);

        criterion.Status.ShouldBe(MatchStatus.Missing);
        criterion.Arguments[0].ShouldBe(MatchVariants.TooFar);
        int.Parse(criterion.Arguments[1], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(150);
    }

    [Fact]
    public void Score_WhenTooFarButMovingWithSupport_IsPartialAndBetterThanWithout()
    {
        var mover = Fitting with { Home = HomeLocation.Create(MatchExamples.Groningen, 30), WillingToRelocate = true };

        var supported = Score(mover, Welder with { RelocationSupport = true });
        var unsupported = Score(mover, Welder);

        supported.Criteria.Single(c => c.Code == CriterionCodes.Location).Arguments.ShouldBe([MatchVariants.RelocateWithSupport]);
        unsupported.Criteria.Single(c => c.Code == CriterionCodes.Location).Status.ShouldBe(MatchStatus.Partial);
        supported.Score.ShouldBeGreaterThan(unsupported.Score);
    }

    [Fact]
    public void Score_WhenRemote_IsMetWherever()
    {
        var criterion = Criterion(Fitting with { Home = HomeLocation.Create(MatchExamples.Groningen, 5) },
            Welder with { WorkMode = WorkMode.Remote }, CriterionCodes.Location);

        criterion.Status.ShouldBe(MatchStatus.Met);
    }

    [Theory]
    [InlineData(0, MatchStatus.Met)]
    [InlineData(40, MatchStatus.Partial)]
    [InlineData(90, MatchStatus.Missing)]
    public void Score_ComparesAvailabilityWithStartIn30Days(int availableInDays, MatchStatus expected)
    {
        var candidate = Fitting with { AvailableFrom = MatchExamples.Today.AddDays(availableInDays) };

        Criterion(candidate, Welder, CriterionCodes.Availability).Status.ShouldBe(expected);
    }

    [Theory]
    [InlineData(36, 40, MatchStatus.Met)]
    [InlineData(24, 28, MatchStatus.Partial)]
    [InlineData(8, 16, MatchStatus.Missing)]
    public void Score_ComparesHoursWith32To40(int min, int max, MatchStatus expected)
    {
        var criterion = Criterion(Fitting with { HoursPerWeek = WeeklyHours.Create(min, max) }, Welder, CriterionCodes.Hours);

        criterion.Status.ShouldBe(expected);
        criterion.Arguments.ShouldBe([$"{min}", $"{max}", "32", "40"]);
    }

    [Theory]
    [InlineData(true, MatchStatus.Met)]
    [InlineData(false, MatchStatus.Missing)]
    public void Score_WhenHousingNeeded_FollowsHousingSupport(bool support, MatchStatus expected)
    {
        var criterion = Criterion(Fitting with { HousingNeed = HousingNeed.NeedsHousing },
            Welder with { HousingSupport = support }, CriterionCodes.Housing);

        criterion.Status.ShouldBe(expected);
        criterion.Obstacle.ShouldBe(support ? null : Obstacles.Housing);
    }

    [Fact]
    public void Score_WhenNoHousingNeeded_HasNoHousingCriterion() =>
        Score(Fitting, Welder with { HousingSupport = false }).Criteria.ShouldNotContain(c => c.Code == CriterionCodes.Housing);
}
