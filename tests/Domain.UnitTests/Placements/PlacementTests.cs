using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Placements;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Domain.UnitTests.Applications;
using static TalentMatch.Domain.UnitTests.Applications.ApplicationExamples;

namespace TalentMatch.Domain.UnitTests.Placements;

public sealed class PlacementTests
{
    private static readonly IscoCode Welders = IscoCode.Create("7212");

    private static PlacementTerms Terms => PlacementTerms.Create(Today.AddDays(20), 38, ContractType.FixedTerm, true, true);

    [Fact]
    public void FromHire_SnapshotsTheJobAndTerms_Confirmed()
    {
        var vacancy = Vacancy();
        var application = Applied(vacancy);
        application.MoveTo(ApplicationStage.Offer, Recruiter, Now);
        application.Hire(Recruiter, Now.AddHours(2));

        var placement = Placement.FromHire(application, vacancy, Welders, Terms, Recruiter, Now.AddHours(2));

        (placement.Status, placement.Source, placement.ApplicationId, placement.CandidateId, placement.EmployerId)
            .ShouldBe((PlacementStatus.Confirmed, PlacementSource.Hired, (JobApplicationId?)application.Id,
                application.CandidateId, vacancy.EmployerId));
        (placement.Sector, placement.Occupation, placement.IscoUnitGroup)
            .ShouldBe((Sector.Construction, vacancy.Occupation, (IscoCode?)Welders));
        (placement.StartDate, placement.HoursPerWeek, placement.ContractType, placement.SponsorNeeded, placement.HousingArranged)
            .ShouldBe(((DateOnly?)Today.AddDays(20), (int?)38, (ContractType?)ContractType.FixedTerm, true, true));
        (placement.HiredAt, placement.Counts).ShouldBe((Now.AddHours(2), true));
    }

    [Fact]
    public void FromHire_ApplicationNotHired_Throws() =>
        Should.Throw<ArgumentException>(() => Placement.FromHire(At(ApplicationStage.Offer), Vacancy(), Welders, Terms, Recruiter, Now));

    [Fact]
    public void Report_ThenConfirm_CountsWithTheEmployersTerms()
    {
        var placement = Placement.Report(Candidate(), Vacancy(), Welders, true, false, false, Today.AddDays(3), Now);
        (placement.Status, placement.Counts, placement.StartDate, placement.HiredAt)
            .ShouldBe((PlacementStatus.AwaitingConfirmation, false, (DateOnly?)Today.AddDays(3), Now));

        placement.Confirm(Terms, Recruiter, Now.AddDays(1));

        (placement.Status, placement.StartDate, placement.DecidedAt, placement.DecidedBy)
            .ShouldBe((PlacementStatus.Confirmed, (DateOnly?)Today.AddDays(20), (DateTimeOffset?)Now.AddDays(1), (Common.UserId?)Recruiter));
        CodeOf(() => placement.Reject(Recruiter, Now)).ShouldBe("PlacementNotAwaitingConfirmation");
    }

    [Fact]
    public void Reject_Report_DoesNotCount()
    {
        var placement = Placement.Report(Candidate(), Vacancy(), Welders, true, false, false, null, Now);

        placement.Reject(Recruiter, Now);

        (placement.Status, placement.Counts).ShouldBe((PlacementStatus.Rejected, false));
        CodeOf(() => placement.Confirm(Terms, Recruiter, Now)).ShouldBe("PlacementNotAwaitingConfirmation");
    }

    [Theory]
    [InlineData(false, false, false, "ReportedVacancyNotMatched")]
    [InlineData(true, true, false, "PlacementThroughApplication")]
    [InlineData(true, false, true, "PlacementAlreadyRecorded")]
    public void Report_BrokenRule(bool matches, bool appliedHere, bool recorded, string code) =>
        CodeOf(() => Placement.Report(Candidate(), Vacancy(), Welders, matches, appliedHere, recorded, null, Now)).ShouldBe(code);

    [Fact]
    public void Report_Draft_BreaksRule()
    {
        var draft = Domain.Vacancies.Vacancy.Draft(Vacancies.VacancyExamples.Employer(), Vacancies.VacancyExamples.Welder(), Recruiter, Now);

        CodeOf(() => Placement.Report(Candidate(), draft, Welders, true, false, false, null, Now)).ShouldBe("ReportedVacancyNotPublished");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(49)]
    public void Terms_HoursOutOfRange_BreakRule(int hours) =>
        CodeOf(() => PlacementTerms.Create(Today, hours, ContractType.Permanent, false, false)).ShouldBe("PlacementHoursOutOfRange");
}
