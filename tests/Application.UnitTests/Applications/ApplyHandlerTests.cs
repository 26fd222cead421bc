using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Applications.ApplyToVacancy;
using TalentMatch.Application.Applications.DownloadApplicationCv;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.UnitTests.Applications;

public sealed class ApplyHandlerTests
{
    [Fact]
    public async Task Apply_PublishedVacancy_SavesAppliedAndMailsTheVacancysCreator()
    {
        using var f = await ApplicationFixture.CreateAsync();

        var id = await f.AnaAppliesAsync(keepForAYear: true);

        await using var check = f.Cases.NewContext();
        var saved = await check.JobApplications.SingleAsync();
        (saved.Id.Value, saved.CandidateId, saved.EmployerId, saved.Stage, saved.Motivation, saved.KeepForAYear)
            .ShouldBe((id, f.Ana.Id, f.X.Id, ApplicationStage.Applied, "I weld MIG and TIG.", true));
        f.Outbox().ShouldBe([("owner@bouw-x.example", "ApplicationReceived (nl)", $"application-received:{id}")]);
    }

    [Fact]
    public async Task Apply_WithCv_SendsACopyThatLaterProfileChangesDoNotTouch()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var original = "%PDF-1.7 original"u8.ToArray();
        var key = await f.Store.SaveAsync(new MemoryStream(original), default);
        f.Ana.ReplaceCv(CvDocument.Create(key, "ana.pdf", CvFileType.Pdf, original.Length, f.Now), f.Now);
        await f.Db.SaveChangesAsync();

        var id = await f.AnaAppliesAsync(includeCv: true);
        f.Ana.ReplaceCv(CvDocument.Create(await f.Store.SaveAsync(new MemoryStream("%PDF new"u8.ToArray()), default),
            "new.pdf", CvFileType.Pdf, 8, f.Now), f.Now);
        await f.Store.DeleteAsync(key, default);
        await f.Db.SaveChangesAsync();

        f.As(f.XRecruiter);
        var file = await f.DownloadCv.Handle(new DownloadApplicationCvQuery(id, ApplicationSide.Employer), default);
        using var read = new MemoryStream();
        await file.Content.CopyToAsync(read);
        read.ToArray().ShouldBe(original);
        (file.FileName, file.ContentType).ShouldBe(("ana.pdf", "application/pdf"));
    }

    [Fact]
    public async Task Apply_Twice_BreaksOneOpenApplicationRule()
    {
        using var f = await ApplicationFixture.CreateAsync();
        await f.AnaAppliesAsync();

        var error = await Should.ThrowAsync<BusinessRuleException>(() => f.AnaAppliesAsync());

        error.BrokenRule.Code.ShouldBe("ApplicationAlreadyOpen");
    }

    [Fact]
    public async Task Apply_AfterWithdrawing_StartsANewOne()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var first = await f.AnaAppliesAsync();
        await f.Withdraw.Handle(new Application.Applications.WithdrawApplication.WithdrawApplicationCommand(first), default);

        var second = await f.AnaAppliesAsync();

        second.ShouldNotBe(first);
        f.Outbox().Select(e => e.Key).ShouldContain($"application-withdrawn:{first}");
    }

    [Fact]
    public async Task Apply_Draft_IsNotFound()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var draft = Domain.Vacancies.Vacancy.Draft(f.X, new Domain.Vacancies.VacancyDetails("Concept", "", null, null, [], [],
            null, false, false, [], null, null, null, null, null, false, false, false, null, null), f.XOwner, f.Now);
        f.Db.Vacancies.Add(draft);
        await f.Db.SaveChangesAsync();
        f.AsCandidate(f.Ana);

        await Should.ThrowAsync<NotFoundException>(() =>
            f.Apply.Handle(new ApplyToVacancyCommand(draft.Id.Value, null, false, false), default).AsTask());
    }

    [Fact]
    public async Task Apply_CvAskedWithoutOne_IsAFieldError()
    {
        using var f = await ApplicationFixture.CreateAsync();

        var error = await Should.ThrowAsync<ValidationException>(() => f.AnaAppliesAsync(includeCv: true));

        error.Errors.Keys.ShouldBe(["IncludeCv"]);
        f.Outbox().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("en", "Use at most 5000 characters.")]
    [InlineData("nl", "Gebruik hoogstens 5000 tekens.")]
    public void Validator_MotivationTooLong_NamesTheLimitInTheUsersLanguage(string culture, string message)
    {
        using var _ = Culture.Use(culture);

        var result = new ApplyToVacancyValidator().Validate(new ApplyToVacancyCommand(Guid.NewGuid(),
            new string('a', JobApplication.MotivationMaxLength + 1), false, false));

        result.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe(message);
    }
}
