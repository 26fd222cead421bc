using Microsoft.EntityFrameworkCore;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Seeding;

public sealed class BootstrapAccountTests
{
    [Fact]
    public async Task Start_WithMunicipalityEmailOnly_CreatesTheAccountAndMailsASetPasswordLink()
    {
        using var app = new TalentMatchWebFactory(new() { ["Bootstrap:MunicipalityEmail"] = "monitor@leiden.example" });
        var client = app.NewBrowser();

        var link = await app.LinkToAsync("monitor@leiden.example", "/Account/ResetPassword");
        var reset = await (await HtmlForm.LoadAsync(client, link)).Set("Input.NewPassword", "sleutel van de stad").PostAsync(client);
        (await HtmlPage.ParseAsync(reset)).QuerySelector("[role=status]").ShouldNotBeNull();
        var login = await Visitor.LoginAsync(client, "monitor@leiden.example", "sleutel van de stad");

        login.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/");
        var roles = await app.WithDbAsync(db => (from u in db.Users
                                                 join ur in db.UserRoles on u.Id equals ur.UserId
                                                 join r in db.Roles on ur.RoleId equals r.Id
                                                 where u.Email == "monitor@leiden.example"
                                                 select r.Name).ToListAsync());
        roles.ShouldBe(["Municipality"]);
    }

    [Fact]
    public async Task Start_WithAdminEmailAndPassword_CanLogInAtOnceWithoutAnyMail()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bootstrap:AdminEmail"] = "admin@leiden.example", ["Bootstrap:AdminPassword"] = "beheer van het platform",
        };
        using var app = new TalentMatchWebFactory(settings);

        var login = await Visitor.LoginAsync(app.NewBrowser(), "admin@leiden.example", "beheer van het platform");

        login.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/");
        (await app.MessagesToAsync("admin@leiden.example")).ShouldBeEmpty();
    }
}
