using TalentMatch.Application.Matching;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Application.UnitTests.Matching;

public sealed class QualificationCriteriaTests(ShippedTaxonomyFixture fixture) : MatchingTests(fixture)
{
    [Fact]
    public void Score_WhenLanguageAtOrAboveLevel_IsMet()
    {
        var criterion = Criterion(Fitting, Welder, CriterionCodes.Language);

        criterion.Status.ShouldBe(MatchStatus.Met);
        criterion.Arguments.ShouldBe(["nl", "B1", "B2"]);
    }

    [Fact]
    public void Score_WhenLanguageBelowLevel_IsPartialWithLanguageObstacle()
    {
        var criterion = Criterion(Fitting with { Languages = [MatchExamples.Speaks("nl", CefrLevel.A2)] }, Welder,
            CriterionCodes.Language);

        criterion.Status.ShouldBe(MatchStatus.Partial);
        criterion.Arguments.ShouldBe(["nl", "B1", "A2"]);
        criterion.Obstacle.ShouldBe("language:nl");
    }

    [Fact]
    public void Score_WhenLanguageNotSpoken_IsMissing()
    {
        var criterion = Criterion(Fitting with { Languages = [MatchExamples.Speaks("en", CefrLevel.C2)] }, Welder,
            CriterionCodes.Language);

        criterion.Status.ShouldBe(MatchStatus.Missing);
        criterion.Arguments.ShouldBe(["nl", "B1"]);
        criterion.Obstacle.ShouldBe("language:nl");
    }

    [Fact]
    public void Score_WhenTwoLanguagesAsked_AssessesEach()
    {
        var vacancy = Welder with { Languages = [MatchExamples.Speaks("nl", CefrLevel.B1), MatchExamples.Speaks("en", CefrLevel.B2)] };

        var languages = Score(Fitting, vacancy).Criteria.Where(c => c.Code == CriterionCodes.Language).ToList();

        languages.Select(c => c.Status).ShouldBe([MatchStatus.Met, MatchStatus.Missing]);
    }

    [Theory]
    [InlineData(EducationLevel.Mbo2, MatchStatus.Met)]
    [InlineData(EducationLevel.HavoVwo, MatchStatus.Partial)]
    [InlineData(EducationLevel.HboBachelor, MatchStatus.Missing)]
    public void Score_ForMbo3Candidate_ComparesEducationOnEqf(EducationLevel asked, MatchStatus expected)
    {
        // MBO 3 is EQF 3: MBO 2 (EQF 2) is met, HAVO/VWO (EQF 4) one level short, an HBO bachelor (EQF 6) far off.
        var vacancy = Welder with { EducationLevel = asked };

        var criterion = Criterion(Fitting, vacancy, CriterionCodes.Education);

        criterion.Status.ShouldBe(expected);
        criterion.Obstacle.ShouldBe(expected == MatchStatus.Met ? null : Obstacles.Education);
    }

    [Fact]
    public void Score_WhenEducationNotStated_IsMissingWithoutCandidateLevel()
    {
        var criterion = Criterion(Fitting with { EducationLevel = null }, Welder, CriterionCodes.Education);

        criterion.Status.ShouldBe(MatchStatus.Missing);
        criterion.Arguments.ShouldBe(["Mbo2"]);
    }

    [Theory]
    [InlineData(RecognitionStatus.Recognised, MatchStatus.Met)]
    [InlineData(RecognitionStatus.InProgress, MatchStatus.Partial)]
    [InlineData(RecognitionStatus.None, MatchStatus.Missing)]
    public void Score_WhenRecognitionRequired_FollowsEvaluation(RecognitionStatus status, MatchStatus expected)
    {
        var body = status == RecognitionStatus.None ? RecognitionBody.None : RecognitionBody.IdwNuffic;
        var candidate = Fitting with { Recognition = DiplomaRecognition.Create(status, body) };

        var criterion = Criterion(candidate, Welder with { DiplomaRecognitionRequired = true }, CriterionCodes.Recognition);

        criterion.Status.ShouldBe(expected);
        criterion.Obstacle.ShouldBe(expected == MatchStatus.Met ? null : Obstacles.Recognition);
    }

    [Theory]
    [InlineData(BigRegistrationStatus.Registered, MatchStatus.Met)]
    [InlineData(BigRegistrationStatus.InProgress, MatchStatus.Partial)]
    [InlineData(BigRegistrationStatus.NotRegistered, MatchStatus.Missing)]
    public void Score_WhenBigRequired_FollowsRegistration(BigRegistrationStatus status, MatchStatus expected)
    {
        var criterion = Criterion(Fitting with { BigRegistration = status }, Welder with { BigRegistrationRequired = true },
            CriterionCodes.Big);

        criterion.Status.ShouldBe(expected);
        criterion.Obstacle.ShouldBe(expected == MatchStatus.Met ? null : Obstacles.Big);
    }

    [Fact]
    public void Score_WhenNoRecognitionOrBigAsked_HasNeither()
    {
        var result = Score(Fitting, Welder);

        result.Criteria.ShouldNotContain(c => c.Code == CriterionCodes.Recognition || c.Code == CriterionCodes.Big);
    }

    [Fact]
    public void Score_PerRequiredCertificate_MetWhenHeldElseMissingWithCertificateObstacle()
    {
        var vacancy = Welder with { Certificates = [CertificateCode.Create("VCA-BASIS"), CertificateCode.Create("VOG")] };

        var certificates = Score(Fitting, vacancy).Criteria.Where(c => c.Code == CriterionCodes.Certificate).ToList();

        certificates.Select(c => (c.Status, c.Arguments[0], c.Obstacle))
            .ShouldBe([(MatchStatus.Met, "VCA-BASIS", null), (MatchStatus.Missing, "VOG", "certificate:VOG")]);
    }
}
