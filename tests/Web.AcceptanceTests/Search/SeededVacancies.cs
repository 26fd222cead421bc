using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using TalentMatch.Web.AcceptanceTests.Vacancies;

namespace TalentMatch.Web.AcceptanceTests.Search;

/// <summary>
/// Five vacancies of one sponsoring employer, published in this order: a welder in Leiden (construction, permanent,
/// 32–40 h, € 2800–3400, nl:B1 and VCA asked), a nurse in Leiden (healthcare, fixed term, 24–32 h, € 3000–4200,
/// visa and housing), a welder in Groningen (temporary agency, 38–40 h, € 2500–2900, nl:A2); a welder draft never
/// published, and a welder vacancy published and then closed.
/// </summary>
public sealed record SeededVacancies(Guid LeidenWelder, Guid Nurse, Guid GroningenWelder, Guid Draft, Guid Closed)
{
    public const string NurseUri = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";

    /// <summary>The open, published ones, as the API must find them with no text and no filter.</summary>
    public IReadOnlyList<Guid> Open => [LeidenWelder, Nurse, GroningenWelder];

    /// <summary>Names as the tests' data rows write them ("LeidenWelder,Nurse").</summary>
    public IReadOnlyList<Guid> Named(string names) =>
    [
        .. names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(name => name switch
        {
            nameof(LeidenWelder) => LeidenWelder,
            nameof(Nurse) => Nurse,
            nameof(GroningenWelder) => GroningenWelder,
            _ => throw new ArgumentOutOfRangeException(nameof(names), name, "not a seeded vacancy"),
        }),
    ];

    public static async Task<SeededVacancies> SeedAsync(SearchWebFactory app)
    {
        var employer = await People.EmployerApiAsync(app, "werving@rijnlandwerk.example", "Rijnland Werk");
        var organisation = await employer.PutAsJsonAsync("/api/v1/me/organisation", new
        {
            name = "Rijnland Werk", sectors = new[] { "construction", "healthcare" }, locations = new[] { "Leiden" },
            isRecognisedSponsor = true, sponsorCheckedOn = Day(-1), offersHousing = true,
        });
        organisation.StatusCode.ShouldBe(HttpStatusCode.OK, await organisation.Content.ReadAsStringAsync());

        var leiden = await PublishAsync(employer, People.Welder());
        var nurse = await PublishAsync(employer, NurseFields());
        var groningen = await PublishAsync(employer, GroningenWelderFields());
        var draft = await People.CreateAsync(employer, People.Welder("Lasser in opleiding"));
        var closed = await PublishAsync(employer, People.Welder("Lasser scheepsbouw"));
        var client = app.CreateClient();
        await Eventually.GetJsonAsync(client, "/api/v1/vacancies?pageSize=100",
            r => r.GetProperty("total").GetInt32() == 4 && r.Ids().Order().SequenceEqual(new[] { leiden, nurse, groningen, closed }.Order()),
            "the four published vacancies");

        (await employer.PostAsync($"/api/v1/vacancies/{closed}/close", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Eventually.GetJsonAsync(client, "/api/v1/vacancies?pageSize=100",
            r => r.GetProperty("total").GetInt32() == 3, "the closed vacancy gone from the index");
        return new SeededVacancies(leiden, nurse, groningen, draft, closed);
    }

    private static async Task<Guid> PublishAsync(HttpClient employer, Dictionary<string, object?> fields)
    {
        var id = await People.CreateAsync(employer, fields);
        var publish = await employer.PostAsync($"/api/v1/vacancies/{id}/publish", null);
        publish.StatusCode.ShouldBe(HttpStatusCode.NoContent, await publish.Content.ReadAsStringAsync());
        return id;
    }

    private static Dictionary<string, object?> NurseFields()
    {
        var nurse = People.Welder("Verpleegkundige");
        nurse["description"] = "<p>Zorg voor patiënten op de afdeling interne geneeskunde.</p>";
        nurse["sector"] = "healthcare";
        nurse["occupationUri"] = NurseUri;
        nurse["languages"] = new[] { new { language = "en", level = "B2" } };
        nurse["certificates"] = Array.Empty<string>();
        nurse["hoursMin"] = 24;
        nurse["hoursMax"] = 32;
        nurse["contractType"] = "FixedTerm";
        nurse["salaryFrom"] = 3000;
        nurse["salaryTo"] = 4200;
        nurse["visaSponsorship"] = true;
        nurse["housingSupport"] = true;
        return nurse;
    }

    private static Dictionary<string, object?> GroningenWelderFields()
    {
        var welder = People.Welder("Lasser Groningen");
        welder["description"] = "<p>Laswerk aan stalen constructies in de haven.</p>";
        welder["languages"] = new[] { new { language = "nl", level = "A2" } };
        welder["hoursMin"] = 38;
        welder["contractType"] = "TemporaryAgency";
        welder["salaryFrom"] = 2500;
        welder["salaryTo"] = 2900;
        welder["place"] = "Groningen";
        return welder;
    }

    private static string Day(int offset) =>
        DateTime.UtcNow.Date.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
