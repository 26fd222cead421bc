using Microsoft.Extensions.Logging;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Support;

public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message);
