namespace TalentMatch.Infrastructure.IntegrationTests.Email.SendGrid;

/// <summary>A request the fake SendGrid API received.</summary>
public sealed record SendGridRequest(string Method, string Path, string? Authorization, string Body);
