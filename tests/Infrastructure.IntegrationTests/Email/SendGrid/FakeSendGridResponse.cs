namespace TalentMatch.Infrastructure.IntegrationTests.Email.SendGrid;

/// <summary>One scripted answer of <see cref="FakeSendGridApi"/>; <paramref name="RetryAfter"/> is the raw header value.</summary>
public sealed record FakeSendGridResponse(int StatusCode, string? RetryAfter = null);
