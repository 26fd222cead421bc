using System.Text.Json;
using TalentMatch.Application.Applications.AddApplicationNote;
using TalentMatch.Application.Applications.GetApplication;
using TalentMatch.Application.Applications.GetMyApplication;
using TalentMatch.Application.Applications.ListMyApplications;
using TalentMatch.Application.Applications.ListVacancyApplications;
using TalentMatch.Application.Applications.SendApplicationMessage;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Domain.Applications;

namespace TalentMatch.Application.UnitTests.Applications;

public sealed class ApplicationAccessTests
{
    [Fact]
    public async Task GetMine_AnotherCandidatesApplication_IsNotFound()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await f.AnaAppliesAsync();

        f.AsCandidate(f.Bo);

        await Should.ThrowAsync<NotFoundException>(() => f.GetMine.Handle(new GetMyApplicationQuery(id), default).AsTask());
        (await f.ListMine.Handle(new ListMyApplicationsQuery(), default)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Get_AnotherOrganisation_IsNotFound_ARecruiterOfTheSameOneSeesIt()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await f.AnaAppliesAsync();

        await Should.ThrowAsync<NotFoundException>(() => f.As(f.YOwner).Get.Handle(new GetApplicationQuery(id), default).AsTask());
        (await f.As(f.XRecruiter).Get.Handle(new GetApplicationQuery(id), default)).Contact!.Name.ShouldBe("Ana Lopez");
        (await f.ListForVacancy.Handle(new ListVacancyApplicationsQuery(f.Welding.Id.Value), default)).Items
            .ShouldHaveSingleItem().CandidateName.ShouldBe("Ana Lopez");
    }

    [Fact]
    public async Task Notes_NeverReachTheCandidate_NotInTheirViewNorInAnyEmail()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await f.AnaAppliesAsync();
        await f.As(f.XOwner).Note.Handle(new AddApplicationNoteCommand(id, "SECRET-NOTE: salary expectations too high"), default);
        await f.Message.Handle(new SendApplicationMessageCommand(id, ApplicationSide.Employer, "Can you come on Monday?"), default);

        var mine = await f.AsCandidate(f.Ana).GetMine.Handle(new GetMyApplicationQuery(id), default);
        var list = await f.ListMine.Handle(new ListMyApplicationsQuery(), default);

        JsonSerializer.Serialize(mine).ShouldNotContain("SECRET-NOTE");
        JsonSerializer.Serialize(list).ShouldNotContain("SECRET-NOTE");
        mine.Messages.ShouldHaveSingleItem().Text.ShouldBe("Can you come on Monday?");
        await using var check = f.Cases.NewContext();
        check.OutboundEmails.AsEnumerable().ShouldAllBe(e => !e.TextBody.Contains("SECRET-NOTE") && !e.HtmlBody.Contains("SECRET-NOTE"));
        f.Outbox().Count(e => e.To == "ana@example.org").ShouldBe(1);   // the message, not the note
        (await f.As(f.XRecruiter).Get.Handle(new GetApplicationQuery(id), default)).Notes.ShouldHaveSingleItem()
            .Author.ShouldBe("owner@bouw-x.example");
    }

    [Fact]
    public async Task Message_FromTheCandidate_MailsTheEmployerOncePerMessage()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await f.AnaAppliesAsync();

        var first = await f.AsCandidate(f.Ana).Message.Handle(new SendApplicationMessageCommand(id, ApplicationSide.Candidate, "Hello"), default);
        var second = await f.Message.Handle(new SendApplicationMessageCommand(id, ApplicationSide.Candidate, "Hello again"), default);

        f.Outbox().Where(e => e.Subject.StartsWith("ApplicationMessageToEmployer")).Select(e => e.Key)
            .ShouldBe([$"application-message:{first}", $"application-message:{second}"], ignoreOrder: true);
    }

    [Fact]
    public async Task Message_AsCandidate_OnSomeoneElsesApplication_IsNotFound()
    {
        using var f = await ApplicationFixture.CreateAsync();
        var id = await f.AnaAppliesAsync();

        f.AsCandidate(f.Bo);

        await Should.ThrowAsync<NotFoundException>(() => f.Message.Handle(
            new SendApplicationMessageCommand(id, ApplicationSide.Candidate, "Hi"), default).AsTask());
    }
}
