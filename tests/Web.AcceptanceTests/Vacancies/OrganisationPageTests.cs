using System.Net;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Vacancies;

/// <summary>Bad input on the organisation, colleagues and certificates forms shows field errors.</summary>
public sealed class OrganisationPageTests(VacancyWebFactory app) : IClassFixture<VacancyWebFactory>
{
    [Fact]
    public async Task OrganisationForm_BadInput_ShowsFieldErrors_GoodInputIsShown()
    {
        var browser = await People.EmployerBrowserAsync(app, "owner@org-form.example", "Form Org");

        var bad = await HtmlPage.ParseAsync(await (await HtmlForm.LoadAsync(browser, "/Employer/Organisation"))
            .Set("Input.Name", "").Set("Input.Locations", "Leiden, Atlantis").Set("Input.IsRecognisedSponsor", "true")
            .PostAsync(browser));

        bad.FieldError("Input.Name").ShouldNotBeNull();
        bad.FieldError("Input.Locations").ShouldNotBeNull();
        bad.FieldError("Input.SponsorCheckedOn").ShouldNotBeNull();
        var good = await (await HtmlForm.LoadAsync(browser, "/Employer/Organisation"))
            .Set("Input.Locations", "Leiden, oegstgeest").Set("Input.Sectors", "construction").Set("Input.OffersHousing", "true")
            .PostAsync(browser);
        var overview = await HtmlPage.ParseAsync(good);
        good.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Employer");
        overview.QuerySelector("main")!.TextContent.ShouldContain("Leiden, Oegstgeest");
    }

    [Fact]
    public async Task InviteForm_BadEmail_ShowsFieldError()
    {
        var browser = await People.EmployerBrowserAsync(app, "owner@invite-form.example", "Invite Org");

        var page = await HtmlPage.ParseAsync(await (await HtmlForm.LoadAsync(browser, "/Employer/Members", "#invite"))
            .Set("Input.Email", "nope").PostAsync(browser));

        page.FieldError("Input.Email").ShouldNotBeNull();
    }

    [Fact]
    public async Task CertificatesPage_MunicipalityAddsOne_BadAndDuplicateCodesShowErrors()
    {
        var browser = app.NewBrowser();
        (await Visitor.LoginAsync(browser, VacancyWebFactory.MunicipalityEmail, VacancyWebFactory.MunicipalityPassword)).EnsureSuccessStatusCode();

        var added = await (await HtmlForm.LoadAsync(browser, "/Municipality/Certificates"))
            .Set("Input.Code", "Lasdiploma-NIL").Set("Input.NameEn", "Welding certificate (NIL)").Set("Input.NameNl", "Lasdiploma (NIL)")
            .PostAsync(browser);
        (await HtmlPage.ParseAsync(added)).QuerySelector("[data-certificate='LASDIPLOMA-NIL']").ShouldNotBeNull();

        var bad = await HtmlPage.ParseAsync(await (await HtmlForm.LoadAsync(browser, "/Municipality/Certificates"))
            .Set("Input.Code", "bad code").Set("Input.NameEn", "").Set("Input.NameNl", "x").PostAsync(browser));
        bad.FieldError("Input.Code").ShouldNotBeNull();
        bad.FieldError("Input.NameEn").ShouldNotBeNull();
        var duplicate = await HtmlPage.ParseAsync(await (await HtmlForm.LoadAsync(browser, "/Municipality/Certificates"))
            .Set("Input.Code", "VCA-BASIS").Set("Input.NameEn", "x").Set("Input.NameNl", "x").PostAsync(browser));
        duplicate.FieldError("Input.Code").ShouldBe("A certificate with this code is already in the list.");

        var employer = await People.EmployerBrowserAsync(app, "nosy@certificates.example");
        (await employer.GetAsync("/Municipality/Certificates")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }
}
