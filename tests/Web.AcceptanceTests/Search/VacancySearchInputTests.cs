using System.Net;

namespace TalentMatch.Web.AcceptanceTests.Search;

/// <summary>Bad search input: 400 ProblemDetails naming the query-string field, never a 5xx.</summary>
[Collection(SearchAppCollection.Name)]
public sealed class VacancySearchInputTests(SearchWebFactory app)
{
    [Theory]
    [InlineData("near=Nowhereville", "near")]
    [InlineData("radiusKm=10", "radiusKm")]
    [InlineData("near=Leiden&radiusKm=0", "radiusKm")]
    [InlineData("near=Leiden&radiusKm=5000", "radiusKm")]
    [InlineData("sort=distance", "sort")]
    [InlineData("sort=banana", "sort")]
    [InlineData("sort=1", "sort")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("sector=unknown", "sector")]
    [InlineData("sector=construction,unknown", "sector")]
    [InlineData("contract=Forever", "contract")]
    [InlineData("contract=0", "contract")]
    [InlineData("language=nl:Z9", "language")]
    [InlineData("language=dutch", "language")]
    [InlineData("occupationGroup=72a", "occupationGroup")]
    [InlineData("occupation=javascript:alert(1)", "occupation")]
    [InlineData("hoursMin=0", "hoursMin")]
    [InlineData("hoursMin=40&hoursMax=10", "hoursMax")]
    [InlineData("salaryMin=-1", "salaryMin")]
    [InlineData("hoursMin=abc", "hoursMin")]
    [InlineData("radiusKm=far&near=Leiden", "radiusKm")]
    [InlineData("salaryMin=lots", "salaryMin")]
    [InlineData("sponsorsVisa=maybe", "sponsorsVisa")]
    [InlineData("postedSince=2026-02-31", "postedSince")]
    [InlineData("page=99999999999", "page")]
    public async Task Search_WithBadInput_Returns400NamingTheField(string query, string field) =>
        await (await app.CreateClient().GetAsync($"/api/v1/vacancies?{query}")).ShouldBeValidationProblemAsync(field);

    [Fact]
    public async Task Search_WithTooLongText_Returns400() =>
        await (await app.CreateClient().GetAsync($"/api/v1/vacancies?q={new string('a', 201)}")).ShouldBeValidationProblemAsync("q");

    [Theory]
    [InlineData("q=%00%01")]
    [InlineData("q=*:*")]
    [InlineData("q=lasser AND (")]
    [InlineData("q=\"unclosed")]
    [InlineData("q=~~~^^^")]
    [InlineData("q=title:lasser")]
    [InlineData("near=%20&sort=relevance")]
    [InlineData("near=Leiden&radiusKm=1e308")]
    [InlineData("near=Leiden&radiusKm=NaN")]
    [InlineData("salaryMin=2147483647")]
    [InlineData("sector=&contract=,,")]
    public async Task Search_WithOddInput_NeverAnswers5xx(string query)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/vacancies?{query}");

        ((int)response.StatusCode).ShouldBeLessThan(500, await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.BadRequest);
    }
}
