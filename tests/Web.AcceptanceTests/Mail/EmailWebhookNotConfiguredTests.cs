using System.Net;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Mail;

public sealed class EmailWebhookNotConfiguredTests(TalentMatchWebFactory app) : IClassFixture<TalentMatchWebFactory>
{
    [Fact]
    public async Task Post_WithoutAConfiguredKey_Is503AndRecordsNothing()
    {
        var response = await app.CreateClient().SendAsync(WebhookApp.Delivery("""[{"event":"bounce","email":"x@example.test"}]"""));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await app.WithDbAsync(db => Task.FromResult(db.EmailSuppressions.Count()))).ShouldBe(0);
    }
}
