using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using static TalentMatch.Domain.UnitTests.Candidates.ProfileExamples;

namespace TalentMatch.Domain.UnitTests.Candidates;

public sealed class ValueObjectTests
{
    [Theory]
    [InlineData(RecognitionStatus.InProgress, RecognitionBody.IdwNuffic)]
    [InlineData(RecognitionStatus.Recognised, RecognitionBody.Duo)]
    [InlineData(RecognitionStatus.Recognised, RecognitionBody.Other)]
    [InlineData(RecognitionStatus.None, RecognitionBody.None)]
    public void DiplomaRecognition_BodyMatchingStatus_IsCreated(RecognitionStatus status, RecognitionBody body) =>
        DiplomaRecognition.Create(status, body).Body.ShouldBe(body);

    [Fact]
    public void DiplomaRecognition_BodyWithoutEvaluation_BreaksRule() =>
        Should.Throw<BusinessRuleException>(() => DiplomaRecognition.Create(RecognitionStatus.None, RecognitionBody.Duo))
            .BrokenRule.Code.ShouldBe("RecognitionBodyWithoutStatus");

    [Theory]
    [InlineData(RecognitionStatus.InProgress)]
    [InlineData(RecognitionStatus.Recognised)]
    public void DiplomaRecognition_EvaluationWithoutBody_BreaksRule(RecognitionStatus status) =>
        Should.Throw<BusinessRuleException>(() => DiplomaRecognition.Create(status, RecognitionBody.None))
            .BrokenRule.Code.ShouldBe("RecognitionBodyMissing");

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public void HomeLocation_CommuteOutOfRange_BreaksRule(int km) =>
        Should.Throw<BusinessRuleException>(() => HomeLocation.Create(Leiden, km)).BrokenRule.Code.ShouldBe("CommuteRange");

    [Fact]
    public void HomeLocation_CanReachPlacesWithinTheCommute()
    {
        var home = HomeLocation.Create(Leiden, 20);

        home.CanReach(new GeoPoint(52.0705, 4.3007)).ShouldBeTrue();     // The Hague, ~15 km
        home.CanReach(new GeoPoint(52.3676, 4.9041)).ShouldBeFalse();    // Amsterdam, ~36 km
    }

    [Theory]
    [InlineData(0)]
    [InlineData(CvDocument.MaxSizeBytes + 1)]
    public void CvDocument_EmptyOrOverFiveMegabytes_BreaksRule(long size) =>
        Should.Throw<BusinessRuleException>(() => CvDocument.Create("key", "cv.pdf", CvFileType.Pdf, size, Now))
            .BrokenRule.Code.ShouldBe("CvTooLarge");

    [Theory]
    [InlineData("../../etc/passwd", CvFileType.Pdf, "passwd.pdf")]
    [InlineData("C:\\Users\\ana\\My CV.pdf", CvFileType.Pdf, "My CV.pdf")]
    [InlineData("cv.exe", CvFileType.Docx, "cv.docx")]
    [InlineData("", CvFileType.Pdf, "cv.pdf")]
    [InlineData("evil\"\r\nname.pdf", CvFileType.Pdf, "evilname.pdf")]
    public void CvFileName_KeepsOnlyASafeNameWithTheRealExtension(string uploaded, CvFileType type, string expected) =>
        CvFileName.Clean(uploaded, type).ShouldBe(expected);
}
