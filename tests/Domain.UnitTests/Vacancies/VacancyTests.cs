using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies;
using static TalentMatch.Domain.UnitTests.Vacancies.VacancyExamples;

namespace TalentMatch.Domain.UnitTests.Vacancies;

public sealed class VacancyTests
{
    [Fact]
    public void Draft_WithTitleOnly_IsDraftWithCreatedHistory()
    {
        var vacancy = Vacancy.Draft(Employer(), DraftOnlyTitle(), Owner, Now);

        vacancy.Status.ShouldBe(VacancyStatus.Draft);
        var entry = vacancy.History.ShouldHaveSingleItem();
        (entry.Action, entry.From, entry.To, entry.By, entry.At)
            .ShouldBe((VacancyAction.Created, (VacancyStatus?)null, VacancyStatus.Draft, Owner, Now));
    }

    [Fact]
    public void Publish_CompleteDraft_PublishesAndRecordsTransition()
    {
        var employer = Employer();
        var vacancy = Vacancy.Draft(employer, Welder(), Owner, Now);
        var recruiter = UserId.New();

        vacancy.Publish(employer, recruiter, Now.AddHours(1), Today);

        vacancy.Status.ShouldBe(VacancyStatus.Published);
        vacancy.PublishedAt.ShouldBe(Now.AddHours(1));
        var entry = vacancy.History[^1];
        (entry.Action, entry.From, entry.To, entry.By).ShouldBe(
            (VacancyAction.Published, (VacancyStatus?)VacancyStatus.Draft, VacancyStatus.Published, recruiter));
    }

    [Fact]
    public void Publish_IncompleteDraft_BreaksRuleNamingMissingFields()
    {
        var employer = Employer();
        var vacancy = Vacancy.Draft(employer, DraftOnlyTitle(), Owner, Now);

        var exception = Should.Throw<BusinessRuleException>(() => vacancy.Publish(employer, Owner, Now, Today));

        exception.BrokenRule.Code.ShouldBe("VacancyIncomplete");
        vacancy.MissingForPublication().ShouldBe(["Description", "Sector", "Occupation", "Hours", "ContractType",
            "Salary", "Location", "WorkMode", "ClosingDate"]);
        vacancy.Status.ShouldBe(VacancyStatus.Draft);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void Publish_ClosingDate_MustNotBeInThePast(int daysFromToday, bool broken)
    {
        var employer = Employer();
        var vacancy = Vacancy.Draft(employer, Welder() with { ClosingDate = Today.AddDays(daysFromToday) }, Owner, Now);

        var publish = () => vacancy.Publish(employer, Owner, Now, Today);

        if (broken)
        {
            Should.Throw<BusinessRuleException>(publish).BrokenRule.Code.ShouldBe("ClosingDateInPast");
        }
        else
        {
            publish();
            vacancy.Status.ShouldBe(VacancyStatus.Published);
        }
    }

    [Fact]
    public void Draft_WithVisaSponsorship_ByUnrecognisedEmployer_BreaksRule() =>
        Should.Throw<BusinessRuleException>(() => Vacancy.Draft(Employer(), Welder() with { VisaSponsorship = true }, Owner, Now))
            .BrokenRule.Code.ShouldBe("VisaSponsorshipNeedsRecognisedSponsor");

    [Fact]
    public void Draft_WithVisaSponsorship_ByRecognisedSponsor_IsAllowed() =>
        Vacancy.Draft(Employer(recognisedSponsor: true), Welder() with { VisaSponsorship = true }, Owner, Now)
            .VisaSponsorship.ShouldBeTrue();

    [Fact]
    public void Publish_WithVisaSponsorship_AfterEmployerLostRecognition_BreaksRule()
    {
        var employer = Employer(recognisedSponsor: true);
        var vacancy = Vacancy.Draft(employer, Welder() with { VisaSponsorship = true }, Owner, Now);
        employer.UpdateDetails(Owner, new TalentMatch.Domain.Employers.EmployerDetails("Bouw Leiden", [], [], false, null, false, false), Today);

        Should.Throw<BusinessRuleException>(() => vacancy.Publish(employer, Owner, Now, Today))
            .BrokenRule.Code.ShouldBe("VisaSponsorshipNeedsRecognisedSponsor");
    }

    [Fact]
    public void Edit_Draft_ChangesAnythingAndRecordsChangedFields()
    {
        var employer = Employer();
        var vacancy = Vacancy.Draft(employer, DraftOnlyTitle(), Owner, Now);

        vacancy.Edit(employer, Welder() with { Title = "Lasser TIG" }, Owner, Now.AddMinutes(5), Today);

        vacancy.Title.ShouldBe("Lasser TIG");
        vacancy.Salary.ShouldBe(SalaryRange.Create(2800, 3400));
        vacancy.Location!.PlaceName.ShouldBe("Leiden");
        var entry = vacancy.History[^1];
        entry.Action.ShouldBe(VacancyAction.Edited);
        (entry.From, entry.To).ShouldBe(((VacancyStatus?)VacancyStatus.Draft, VacancyStatus.Draft));
        entry.Changes.Split(',').ShouldContain("Occupation");
        entry.Changes.Split(',').ShouldContain("Title");
    }

    [Fact]
    public void Edit_WithoutChanges_AddsNoHistory()
    {
        var employer = Employer();
        var vacancy = Vacancy.Draft(employer, Welder(), Owner, Now);

        vacancy.Edit(employer, Welder(), Owner, Now, Today);

        vacancy.History.Count.ShouldBe(1);
    }

    [Fact]
    public void Edit_Published_AllowsDescriptionHigherSalaryAddedSupportAndDates()
    {
        var employer = Employer();
        var vacancy = Published(employer);

        vacancy.Edit(employer, Welder() with
        {
            Title = "Lasser (MIG/MAG)", Description = "<p>Meer info.</p>", Salary = SalaryRange.Create(3000, 3600),
            HousingSupport = true, ClosingDate = Today.AddDays(30), StartDate = Today.AddDays(60),
        }, Owner, Now, Today);

        vacancy.SalaryFrom.ShouldBe(3000);
        vacancy.HousingSupport.ShouldBeTrue();
        vacancy.Status.ShouldBe(VacancyStatus.Published);
    }

    [Fact]
    public void Edit_Published_ChangingTheJob_BreaksRule()
    {
        var employer = Employer();
        var vacancy = Published(employer);

        Should.Throw<BusinessRuleException>(() => vacancy.Edit(employer,
                Welder() with { Hours = HoursRange.Create(16, 24) }, Owner, Now, Today))
            .BrokenRule.Code.ShouldBe("PublishedTermsFixed");
    }

    [Fact]
    public void Edit_Published_LoweringSalary_BreaksRule()
    {
        var employer = Employer();
        var vacancy = Published(employer);

        Should.Throw<BusinessRuleException>(() => vacancy.Edit(employer,
                Welder() with { Salary = SalaryRange.Create(2700, 3400) }, Owner, Now, Today))
            .BrokenRule.Code.ShouldBe("PublishedSalaryLowered");
    }

    [Fact]
    public void Edit_Published_WithdrawingSupport_BreaksRule()
    {
        var employer = Employer();
        var vacancy = Vacancy.Draft(employer, Welder() with { RelocationSupport = true }, Owner, Now);
        vacancy.Publish(employer, Owner, Now, Today);

        Should.Throw<BusinessRuleException>(() => vacancy.Edit(employer, Welder(), Owner, Now, Today))
            .BrokenRule.Code.ShouldBe("PublishedSupportWithdrawn");
    }

    [Fact]
    public void Edit_Published_ClosingDateInThePast_BreaksRule()
    {
        var employer = Employer();
        var vacancy = Published(employer);

        Should.Throw<BusinessRuleException>(() => vacancy.Edit(employer,
                Welder() with { ClosingDate = Today.AddDays(-1) }, Owner, Now, Today))
            .BrokenRule.Code.ShouldBe("ClosingDateInPast");
    }

    [Fact]
    public void CloseAndFill_OnlyFromPublished()
    {
        var employer = Employer();
        var draft = Vacancy.Draft(employer, Welder(), Owner, Now);

        Should.Throw<BusinessRuleException>(() => draft.Close(employer, Owner, Now)).BrokenRule.Code.ShouldBe("VacancyNotPublished");
        Should.Throw<BusinessRuleException>(() => draft.MarkFilled(employer, Owner, Now)).BrokenRule.Code.ShouldBe("VacancyNotPublished");
    }

    [Theory]
    [InlineData(VacancyStatus.Closed)]
    [InlineData(VacancyStatus.Filled)]
    public void ClosedOrFilled_IsFinal(VacancyStatus final)
    {
        var employer = Employer();
        var vacancy = Published(employer);
        if (final == VacancyStatus.Closed)
        {
            vacancy.Close(employer, Owner, Now);
        }
        else
        {
            vacancy.MarkFilled(employer, Owner, Now);
        }

        vacancy.Status.ShouldBe(final);
        vacancy.History[^1].From.ShouldBe(VacancyStatus.Published);
        Should.Throw<BusinessRuleException>(() => vacancy.Close(employer, Owner, Now)).BrokenRule.Code.ShouldBe("VacancyFinal");
        Should.Throw<BusinessRuleException>(() => vacancy.MarkFilled(employer, Owner, Now)).BrokenRule.Code.ShouldBe("VacancyFinal");
        Should.Throw<BusinessRuleException>(() => vacancy.Publish(employer, Owner, Now, Today)).BrokenRule.Code.ShouldBe("VacancyFinal");
        Should.Throw<BusinessRuleException>(() => vacancy.Edit(employer, Welder() with { Description = "x" }, Owner, Now, Today))
            .BrokenRule.Code.ShouldBe("VacancyFinal");
        vacancy.History.Select(h => h.Action).ShouldBe([VacancyAction.Created, VacancyAction.Published,
            final == VacancyStatus.Closed ? VacancyAction.Closed : VacancyAction.Filled]);
    }

    [Fact]
    public void Publish_Twice_BreaksRule()
    {
        var employer = Employer();
        var vacancy = Published(employer);

        Should.Throw<BusinessRuleException>(() => vacancy.Publish(employer, Owner, Now, Today)).BrokenRule.Code.ShouldBe("VacancyNotDraft");
    }

    [Fact]
    public void Publish_ForAnotherEmployer_Throws()
    {
        var vacancy = Vacancy.Draft(Employer(), Welder(), Owner, Now);

        Should.Throw<ArgumentException>(() => vacancy.Publish(Employer(), Owner, Now, Today));
    }
}
