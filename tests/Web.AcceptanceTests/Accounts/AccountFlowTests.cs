using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Accounts;

public sealed class AccountFlowTests(TalentMatchWebFactory app) : IClassFixture<TalentMatchWebFactory>
{
    [Fact]
    public async Task Candidate_RegistersConfirmsFromOutboxLogsIn_SeesProfilePage()
    {
        var client = app.NewBrowser();

        var registered = await Visitor.RegisterCandidateAsync(client, "ana@example.org", name: "Ana Lopez");
        (await HtmlPage.ParseAsync(registered)).QuerySelector("h1")!.TextContent.ShouldBe("Check your e-mail");
        await Visitor.ConfirmFromOutboxAsync(app, client, "ana@example.org");
        var afterLogin = await Visitor.LoginAsync(client, "ana@example.org");

        afterLogin.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Candidate/Profile");
        var profile = await HtmlPage.ParseAsync(afterLogin);
        profile.QuerySelector("h1")!.TextContent.ShouldBe("Your profile");
        profile.QuerySelector("main")!.TextContent.ShouldContain("Ana Lopez");
    }

    [Fact]
    public async Task Employer_RegistersWithOrganisation_SeesItAfterLogin()
    {
        var client = app.NewBrowser();

        await Visitor.RegisterEmployerAsync(client, "hr@bouw.example", kvk: "1111 2222", organisation: "Bouw Leiden BV");
        await Visitor.ConfirmFromOutboxAsync(app, client, "hr@bouw.example");
        var afterLogin = await Visitor.LoginAsync(client, "hr@bouw.example");

        afterLogin.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Employer");
        var page = await HtmlPage.ParseAsync(afterLogin);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Bouw Leiden BV");
        page.QuerySelector("main")!.TextContent.ShouldContain("11112222");
    }

    [Fact]
    public async Task Employer_WithTakenKvkNumber_GetsFieldErrorAndNoAccount()
    {
        var client = app.NewBrowser();
        await Visitor.RegisterEmployerAsync(client, "first@zorg.example", kvk: "33334444");

        var second = await Visitor.RegisterEmployerAsync(client, "second@zorg.example", kvk: "33334444");

        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPage.ParseAsync(second);
        page.FieldError("Input.KvkNumber").ShouldNotBeNull().ShouldContain("already registered");
        (await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "second@zorg.example"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Login_BeforeConfirmingEmail_IsRefusedWithResendLink()
    {
        var client = app.NewBrowser();
        await Visitor.RegisterCandidateAsync(client, "unconfirmed@example.org");

        var page = await HtmlPage.ParseAsync(await Visitor.LoginAsync(client, "unconfirmed@example.org"));

        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Confirm your e-mail address first");
        page.QuerySelector("a[href='/Account/ResendConfirmation']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Login_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var client = app.NewBrowser();
        await Visitor.RegisterCandidateAsync(client, "locked@example.org");
        await Visitor.ConfirmFromOutboxAsync(app, client, "locked@example.org");

        for (var i = 0; i < 5; i++)
        {
            var wrong = await HtmlPage.ParseAsync(await Visitor.LoginAsync(client, "locked@example.org", "wrong password " + i));
            wrong.QuerySelector("[role=alert]")!.TextContent.ShouldContain(i < 4 ? "not correct" : "locked");
        }

        var right = await Visitor.LoginAsync(client, "locked@example.org");

        right.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/Login");
        (await HtmlPage.ParseAsync(right)).QuerySelector("[role=alert]")!.TextContent.ShouldContain("locked for 15 minutes");
    }

    [Fact]
    public async Task PasswordReset_LinkFromOutbox_SetsANewPassword()
    {
        var client = app.NewBrowser();
        await Visitor.RegisterCandidateAsync(client, "forgetful@example.org");
        await Visitor.ConfirmFromOutboxAsync(app, client, "forgetful@example.org");

        await (await HtmlForm.LoadAsync(client, "/Account/ForgotPassword")).Set("Input.Email", "forgetful@example.org").PostAsync(client);
        var link = await app.LinkToAsync("forgetful@example.org", "/Account/ResetPassword");
        var reset = await (await HtmlForm.LoadAsync(client, link)).Set("Input.NewPassword", "nieuwe lente zon").PostAsync(client);

        (await HtmlPage.ParseAsync(reset)).QuerySelector("[role=status]")!.TextContent.ShouldContain("password has been changed");
        (await Visitor.LoginAsync(client, "forgetful@example.org", Visitor.Password)).RequestMessage!.RequestUri!.AbsolutePath
            .ShouldBe("/Account/Login");
        (await Visitor.LoginAsync(client, "forgetful@example.org", "nieuwe lente zon")).RequestMessage!.RequestUri!.AbsolutePath
            .ShouldBe("/Candidate/Profile");
    }

    [Fact]
    public async Task Register_WithExistingEmail_LooksTheSameButMailsTheOwner()
    {
        var client = app.NewBrowser();
        await Visitor.RegisterCandidateAsync(client, "twice@example.org");

        var second = await Visitor.RegisterCandidateAsync(client, "twice@example.org", name: "Someone Else");

        (await HtmlPage.ParseAsync(second)).QuerySelector("h1")!.TextContent.ShouldBe("Check your e-mail");
        var messages = await app.MessagesToAsync("twice@example.org");
        messages.Count.ShouldBe(2);
        messages[1].Text.ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task CandidatePages_WhenAnonymous_RedirectToLogin_AndEmployersGetNoAccess()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var anonymous = await client.GetAsync("/Candidate/Profile");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldContain("/Account/Login");

        var employer = app.NewBrowser();
        await Visitor.RegisterEmployerAsync(employer, "nosy@employer.example", kvk: "55556666");
        await Visitor.ConfirmFromOutboxAsync(app, employer, "nosy@employer.example");
        await Visitor.LoginAsync(employer, "nosy@employer.example");
        var denied = await employer.GetAsync("/Candidate/Profile");
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ProfilePage_WhenTheProfileIsGone_ShowsTheFriendly404NotJson()
    {
        var client = app.NewBrowser();
        await Visitor.RegisterCandidateAsync(client, "gone@example.org");
        await Visitor.ConfirmFromOutboxAsync(app, client, "gone@example.org");
        await app.WithDbAsync(async db =>
        {
            var userId = new TalentMatch.Domain.Common.UserId((await db.Users.SingleAsync(u => u.Email == "gone@example.org")).Id);
            return await db.Candidates.Where(c => c.UserId == userId).ExecuteDeleteAsync();
        });

        var response = await Visitor.LoginAsync(client, "gone@example.org");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await HtmlPage.ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe("Page not found");
    }
}
