using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Alerts;

/// <summary>
/// One app for the alert API and page tests, with the background alert mailer off (the mailing tests start their own
/// app). Each test signs up its own people.
/// </summary>
public sealed class AlertsWebFactory() : TalentMatchWebFactory(new Dictionary<string, string?> { ["Alerts:Mailing:Enabled"] = "false" });

[CollectionDefinition(Name)]
public sealed class AlertsAppCollection : ICollectionFixture<AlertsWebFactory>
{
    public const string Name = "Alerts app";
}
