using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Candidates;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Candidates;

/// <summary>A candidate builds a full profile through the pages alone (no JavaScript), in English and in Dutch.</summary>
[Collection(ProfileAppCollection.Name)]
public sealed class ProfilePagesTests(TalentMatchWebFactory app)
{
    [Fact]
    public async Task Candidate_BuildsFullProfileInEnglish_AsAWelder()
    {
        var client = await app.CandidateBrowserAsync("welder.en@example.org", "Piotr Nowak");
        var start = await HtmlPage.ParseAsync(await client.GetAsync("/Candidate/Profile"));
        start.QuerySelector("#completeness-text")!.TextContent.ShouldBe("Your profile is 0% complete.");
        start.QuerySelector("main")!.TextContent.ShouldContain("Employers cannot see your profile.");

        // The server-side search step: "lasser" (Dutch) finds the welder, labelled in English.
        var form = await BrowserForm.LoadAsync(client, "/Candidate/EditProfile");
        var searched = await form.Set("Input.OccupationQuery", "lasser").PostAsync(client, "SearchOccupations");
        var results = await HtmlPage.ParseAsync(searched);
        var welder = results.QuerySelector($"#occupation-results-list input[value='{ProfileApp.Welder}']").ShouldNotBeNull();
        results.QuerySelector($"label[for='{welder.Id}']")!.TextContent.ShouldBe("welder");

        var saved = await (await BrowserForm.FromAsync(searched, "/Candidate/EditProfile"))
            .Tick("Input.Occupations", ProfileApp.Welder)
            .Set("Input.Languages[0].Language", "pl").Set("Input.Languages[0].Level", "C2")
            .Set("Input.Languages[1].Language", "nl").Set("Input.Languages[1].Level", "A2")
            .Set("Input.EducationLevel", "Mbo3").Set("Input.RecognitionStatus", "InProgress").Set("Input.RecognitionBody", "Duo")
            .Set("Input.Certificates", "VCA-BASIS", "RIJBEWIJS-B").Set("Input.WorkAuthorisation", "EuEeaOrSwissCitizen")
            .Set("Input.AvailableFrom", "2027-01-04").Set("Input.HoursPerWeekMin", "32").Set("Input.HoursPerWeekMax", "40")
            .Set("Input.HomePlace", "leiden").Set("Input.MaxCommuteKm", "30").Set("Input.HousingNeed", "NeedsTemporaryHousing")
            .Set("Input.VisibleToEmployers", "true", "false")
            .PostAsync(client);

        saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Candidate/Profile");
        var profile = await HtmlPage.ParseAsync(saved);
        profile.QuerySelector("[role=status]")!.TextContent.Trim().ShouldBe("Your profile has been saved.");
        profile.QuerySelector("#occupations")!.TextContent.ShouldContain("welder");
        profile.QuerySelector("#languages")!.TextContent.ShouldContain("Polish: C2 proficient");
        profile.QuerySelector("#education")!.TextContent.ShouldContain("Evaluation in progress");
        profile.QuerySelector("#education")!.TextContent.ShouldContain("VCA Basic safety (B-VCA)");
        profile.QuerySelector("#location")!.TextContent.ShouldContain("Leiden, travelling up to 30 km");
        profile.QuerySelector("[data-visible-to-employers]")!.TextContent.ShouldBe("Can find and see your profile");
        profile.QuerySelector("[data-statistics-consent]")!.TextContent.ShouldBe("Your profile is not counted");
        Missing(profile).ShouldBe(["Skills", "CV"]);

        // The welder's essential skills are offered; one click adds one.
        var skillsPage = await HtmlPage.ParseAsync(await client.GetAsync("/Candidate/Skills"));
        var suggestions = skillsPage.QuerySelectorAll("#suggestions-form [data-skill]").ToList();
        suggestions.Count.ShouldBeGreaterThan(3);
        suggestions.ShouldAllBe(s => s.TextContent.Contains("for welder"));
        var first = suggestions[0].GetAttribute("data-skill")!;
        var added = await (await BrowserForm.LoadAsync(client, "/Candidate/Skills", "#suggestions-form"))
            .Set("Skills", first).PostAsync(client);
        var afterAdd = await HtmlPage.ParseAsync(added);
        afterAdd.QuerySelector("[role=status]")!.TextContent.Trim().ShouldBe("Skills added to your profile: 1.");
        afterAdd.QuerySelectorAll("#suggestions-form [data-skill]").Select(s => s.GetAttribute("data-skill")).ShouldNotContain(first);

        // Free text is mapped to ESCO skills; only the ticked ones are added.
        var matched = await (await BrowserForm.LoadAsync(client, "/Candidate/Skills", "#describe-form"))
            .Set("Input.Text", "first aid\nforklift").PostAsync(client);
        var confirm = await BrowserForm.FromAsync(matched, "/Candidate/Skills", "#confirm-form");
        var candidates = (await HtmlPage.ParseAsync(matched)).QuerySelectorAll("#confirm-form input[name=Skills]").ToList();
        candidates.ShouldNotBeEmpty();
        candidates.ShouldAllBe(c => !((AngleSharp.Html.Dom.IHtmlInputElement)c).IsChecked);
        (await confirm.Set("Skills", candidates[0].GetAttribute("value")!).PostAsync(client)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // With a CV the profile is complete.
        var upload = await (await BrowserForm.LoadAsync(client, "/Candidate/Cv", "#upload-form"))
            .PostFileAsync(client, "Input.File", CvFiles.Pdf(), "Piotr CV.pdf", "application/pdf");
        (await HtmlPage.ParseAsync(upload)).QuerySelector("[data-cv-file]")!.TextContent.ShouldStartWith("Piotr CV.pdf");
        var done = await HtmlPage.ParseAsync(await client.GetAsync("/Candidate/Profile"));
        done.QuerySelector("#completeness-text")!.TextContent.ShouldBe("Your profile is 100% complete.");
        done.QuerySelector("#skills")!.QuerySelectorAll("li").Length.ShouldBe(2);
    }

    [Fact]
    public async Task Candidate_BuildsProfileInDutch_AsANurse()
    {
        var client = await app.CandidateBrowserAsync("nurse.nl@example.org", "Amina Haddad", "nl-NL");

        var form = await BrowserForm.LoadAsync(client, "/Candidate/EditProfile");
        var searched = await form.Set("Input.OccupationQuery", "verpleegkundige").PostAsync(client, "SearchOccupations");
        var results = await HtmlPage.ParseAsync(searched);
        results.QuerySelector("h1")!.TextContent.ShouldBe("Profiel bewerken");
        var nurse = results.QuerySelectorAll("#occupation-results-list li")
            .First(li => li.TextContent.Trim() == "algemeen verpleegkundige").QuerySelector("input")!.GetAttribute("value")!;

        var saved = await (await BrowserForm.FromAsync(searched, "/Candidate/EditProfile"))
            .Tick("Input.Occupations", nurse)
            .Set("Input.Languages[0].Language", "ar").Set("Input.Languages[0].Level", "C2")
            .Set("Input.Languages[1].Language", "nl").Set("Input.Languages[1].Level", "B1")
            .Set("Input.EducationLevel", "HboBachelor").Set("Input.RecognitionStatus", "Recognised").Set("Input.RecognitionBody", "IdwNuffic")
            .Set("Input.BigRegistration", "InProgress").Set("Input.WorkAuthorisation", "RefugeeStatusHolder")
            .Set("Input.AvailableFrom", "2027-02-01").Set("Input.HoursPerWeekMin", "24").Set("Input.HoursPerWeekMax", "32")
            .Set("Input.WillingToRelocate", "true", "false").Set("Input.HousingNeed", "NeedsHousing")
            .Set("Input.ConsentToStatistics", "true", "false").Set("Input.Group", "RefugeeStatusHolder")
            .PostAsync(client);

        var profile = await HtmlPage.ParseAsync(saved);
        profile.QuerySelector("h1")!.TextContent.ShouldBe("Uw profiel");
        profile.QuerySelector("[role=status]")!.TextContent.Trim().ShouldBe("Uw profiel is opgeslagen.");
        profile.QuerySelector("#languages")!.TextContent.ShouldContain("Arabisch: C2 vaardig");
        profile.QuerySelector("#education")!.TextContent.ShouldContain("Bachelor, hogeschool (HBO, EQF 6)");
        profile.QuerySelector("#work-authorisation")!.TextContent.ShouldContain("statushouder");
        profile.QuerySelector("[data-visible-to-employers]")!.TextContent.ShouldBe("Kunnen uw profiel niet zien");
        profile.QuerySelector("[data-statistics-consent]")!.TextContent.ShouldBe("Uw profiel telt mee, zonder uw naam");
        profile.QuerySelector("[data-group]")!.TextContent.ShouldBe("Vluchteling met een verblijfsvergunning (statushouder)");
        Missing(profile).ShouldBe(["Vaardigheden", "Cv"]);

        var skills = await HtmlPage.ParseAsync(await client.GetAsync("/Candidate/Skills"));
        skills.QuerySelector("h1")!.TextContent.ShouldBe("Vaardigheden toevoegen");
        var suggestions = skills.QuerySelectorAll("#suggestions-form [data-skill]").ToList();
        suggestions.Count.ShouldBeGreaterThan(3);
        suggestions.ShouldAllBe(s => s.TextContent.Contains("voor algemeen verpleegkundige"));
        var all = suggestions.Select(s => s.GetAttribute("data-skill")!).ToArray();
        await (await BrowserForm.LoadAsync(client, "/Candidate/Skills", "#suggestions-form")).Set("Skills", all[0]).PostAsync(client);
        await (await BrowserForm.LoadAsync(client, "/Candidate/Skills", "#suggestions-form")).Set("Skills", all[1]).PostAsync(client);

        var stored = await app.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.DisplayName == "Amina Haddad"));
        stored.Skills.Select(s => s.Value).ShouldBe(all[..2]);
        stored.Home.ShouldBeNull();
        stored.WillingToRelocate.ShouldBeTrue();
        stored.Group.ShouldBe(CandidateGroup.RefugeeStatusHolder);
    }

    private static List<string> Missing(IDocument profile) =>
        [.. profile.QuerySelectorAll("[data-missing] li").Select(li => li.TextContent.Trim())];
}
