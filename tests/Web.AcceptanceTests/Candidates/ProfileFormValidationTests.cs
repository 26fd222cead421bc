using System.Net;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Candidates;

/// <summary>Bad input on every field of the profile form: a message on that field, the input kept, never a 5xx.</summary>
[Collection(ProfileAppCollection.Name)]
public sealed class ProfileFormValidationTests(TalentMatchWebFactory app) : IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() =>
        _client = await app.CandidateBrowserAsync($"form-{Guid.NewGuid():N}@example.org");

    public static TheoryData<string, string[], string, string> BadInput => new()
    {
        { "no occupation", ["Input.Occupations="], "Input.Occupations", "Choose 1 to 5 occupations" },
        { "unknown occupation", ["Input.Occupations=http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000"], "Input.Occupations", "not in the list" },
        { "not an occupation", ["Input.Occupations=lasser"], "Input.Occupations", "not in the list" },
        { "unknown skill", ["Input.Skills=http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000"], "Input.Skills", "not in the list" },
        { "unknown language", ["Input.Languages[0].Language=xx", "Input.Languages[0].Level=B1"], "Input.Languages[0].Language", "Choose a language" },
        { "unknown level", ["Input.Languages[0].Language=nl", "Input.Languages[0].Level=C9"], "Input.Languages[0].Level", "A1 to C2" },
        { "language without level", ["Input.Languages[0].Language=nl"], "Input.Languages[0].Level", "A1 to C2" },
        { "language twice", ["Input.Languages[0].Language=nl", "Input.Languages[0].Level=B1", "Input.Languages[2].Language=nl", "Input.Languages[2].Level=C1"], "Input.Languages[2].Language", "Each language once" },
        { "unknown education", ["Input.EducationLevel=Phd"], "Input.EducationLevel", "Choose one of the options" },
        { "unknown recognition", ["Input.RecognitionStatus=Maybe"], "Input.RecognitionStatus", "Choose one of the options" },
        { "body without evaluation", ["Input.RecognitionStatus=None", "Input.RecognitionBody=Duo"], "Input.RecognitionBody", "only when the evaluation is in progress" },
        { "evaluation without body", ["Input.RecognitionStatus=Recognised", "Input.RecognitionBody="], "Input.RecognitionBody", "Choose who evaluates" },
        { "unknown BIG status", ["Input.BigRegistration=Pending"], "Input.BigRegistration", "Choose one of the options" },
        { "unknown certificate", ["Input.Certificates=HEFTRUCK"], "Input.Certificates", "not in the list" },
        { "malformed certificate", ["Input.Certificates=<script>"], "Input.Certificates", "not in the list" },
        { "unknown right to work", ["Input.WorkAuthorisation=Tourist"], "Input.WorkAuthorisation", "Choose one of the options" },
        { "date that is no date", ["Input.AvailableFrom=next monday"], "Input.AvailableFrom", "Enter a date" },
        { "date far ahead", ["Input.AvailableFrom=2031-01-01"], "Input.AvailableFrom", "within two years" },
        { "hours that are no number", ["Input.HoursPerWeekMin=twenty", "Input.HoursPerWeekMax=30"], "Input.HoursPerWeekMin", "whole number" },
        { "zero hours", ["Input.HoursPerWeekMin=0", "Input.HoursPerWeekMax=30"], "Input.HoursPerWeekMin", "between 1 and 40" },
        { "41 hours", ["Input.HoursPerWeekMin=20", "Input.HoursPerWeekMax=41"], "Input.HoursPerWeekMax", "between 1 and 40" },
        { "only a minimum", ["Input.HoursPerWeekMin=20"], "Input.HoursPerWeekMax", "both the minimum and the maximum" },
        { "minimum above maximum", ["Input.HoursPerWeekMin=30", "Input.HoursPerWeekMax=20"], "Input.HoursPerWeekMin", "at most the maximum" },
        { "student for 20 hours", ["Input.WorkAuthorisation=StudentWithHoursLimit", "Input.HoursPerWeekMin=10", "Input.HoursPerWeekMax=20"], "Input.HoursPerWeekMax", "at most 16 hours" },
        { "unknown place", ["Input.HomePlace=Atlantis", "Input.MaxCommuteKm=20"], "Input.HomePlace", "We do not know this place" },
        { "place without commute", ["Input.HomePlace=Leiden"], "Input.MaxCommuteKm", "how far you will travel" },
        { "commute without place", ["Input.MaxCommuteKm=20"], "Input.HomePlace", "Enter the town you live in" },
        { "commute of 500 km", ["Input.HomePlace=Leiden", "Input.MaxCommuteKm=500"], "Input.MaxCommuteKm", "from 1 to 200 km" },
        { "commute that is no number", ["Input.HomePlace=Leiden", "Input.MaxCommuteKm=far"], "Input.MaxCommuteKm", "whole number" },
        { "unknown housing", ["Input.HousingNeed=Castle"], "Input.HousingNeed", "Choose one of the options" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Save_BadField_ShowsItsErrorAndSavesNothing(string description, string[] fields, string field, string message)
    {
        var form = await BrowserForm.LoadAsync(_client, "/Candidate/EditProfile");
        form.Set("Input.Occupations", ProfileApp.Welder);
        foreach (var (name, values) in fields.Select(f => f.Split('=', 2)).GroupBy(p => p[0], p => p[1]).Select(g => (g.Key, g.ToArray())))
        {
            form.Set(name, [.. values.Where(v => v.Length > 0)]);
        }

        var response = await form.PostAsync(_client);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, description);
        var page = await HtmlPage.ParseAsync(response);
        page.FieldError(field).ShouldNotBeNull($"no error on {field} for {description}").ShouldContain(message, Case.Insensitive);
        page.QuerySelector(".tm-error-summary").ShouldNotBeNull();
        page.QuerySelector("h1")!.TextContent.ShouldBe("Edit your profile");
        var profile = await HtmlPage.ParseAsync(await _client.GetAsync("/Candidate/Profile"));
        profile.QuerySelector("#completeness-text")!.TextContent.ShouldBe("Your profile is 0% complete.", description);
    }

    [Fact]
    public async Task Save_BadInput_KeepsWhatWasTyped()
    {
        var form = await BrowserForm.LoadAsync(_client, "/Candidate/EditProfile");

        var response = await form.Set("Input.Occupations", ProfileApp.Welder).Set("Input.HomePlace", "Atlantis")
            .Set("Input.MaxCommuteKm", "25").Set("Input.HoursPerWeekMin", "abc").PostAsync(_client);

        var page = await HtmlPage.ParseAsync(response);
        page.QuerySelector("input[name='Input.HomePlace']")!.GetAttribute("value").ShouldBe("Atlantis");
        page.QuerySelector("input[name='Input.HoursPerWeekMin']")!.GetAttribute("value").ShouldBe("abc");
        page.QuerySelector($"#Input_Occupations input[value='{ProfileApp.Welder}']")!.HasAttribute("checked").ShouldBeTrue();
    }

    [Theory]
    [InlineData("Input.WorkAuthorisation=StudentWithHoursLimit|Input.HoursPerWeekMin=10|Input.HoursPerWeekMax=20", "Input.HoursPerWeekMax",
        "Met een verblijfsvergunning voor studie mag u hoogstens 16 uur per week werken; verlaag het maximale aantal uur.")]
    [InlineData("Input.HomePlace=Atlantis|Input.MaxCommuteKm=10", "Input.HomePlace",
        "Deze plaats kennen we niet. Controleer de spelling of vul de dichtstbijzijnde plaats in.")]
    [InlineData("Input.HoursPerWeekMin=veel|Input.HoursPerWeekMax=20", "Input.HoursPerWeekMin", "Vul een heel getal in.")]
    public async Task Save_BadInputInDutch_ShowsDutchMessages(string fields, string field, string message)
    {
        var form = (await BrowserForm.LoadAsync(_client, "/Candidate/EditProfile")).Set("Input.Occupations", ProfileApp.Welder);
        foreach (var pair in fields.Split('|').Select(f => f.Split('=', 2)))
        {
            form.Set(pair[0], pair[1]);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, form.Action) { Content = new FormUrlEncodedContent(form.Fields()) };
        request.Headers.AcceptLanguage.ParseAdd("nl-NL");

        var page = await HtmlPage.ParseAsync(await _client.SendAsync(request));

        page.FieldError(field).ShouldBe(message);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Profiel bewerken");
    }

    [Fact]
    public async Task SearchStep_WithoutText_ShowsAFieldErrorNotAFailure()
    {
        var form = await BrowserForm.LoadAsync(_client, "/Candidate/EditProfile");

        var response = await form.Set("Input.OccupationQuery", "").PostAsync(_client, "SearchOccupations");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlPage.ParseAsync(response)).FieldError("Input.OccupationQuery").ShouldNotBeNull();
    }

    [Fact]
    public async Task SkillsPage_BadInput_GivesFieldErrorsNotFailures()
    {
        var empty = await (await BrowserForm.LoadAsync(_client, "/Candidate/Skills", "#describe-form")).Set("Input.Text", "").PostAsync(_client);
        (await HtmlPage.ParseAsync(empty)).FieldError("Input.Text").ShouldNotBeNull();

        var unknown = await (await BrowserForm.LoadAsync(_client, "/Candidate/Skills", "#describe-form"))
            .Set("Skills", "http://data.europa.eu/esco/skill/nope").PostAsync(_client, "Add");
        unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlPage.ParseAsync(unknown)).QuerySelector(".tm-error-summary")!.TextContent.ShouldContain("not in the list");

        var none = await (await BrowserForm.LoadAsync(_client, "/Candidate/Skills", "#describe-form")).PostAsync(_client, "Add");
        (await HtmlPage.ParseAsync(none)).QuerySelector(".tm-error-summary")!.TextContent.ShouldContain("at least one skill");
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
