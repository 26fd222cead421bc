using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Infrastructure.Email;
using TalentMatch.Infrastructure.Email.Dispatch;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Support;

/// <summary>A processor as one app instance would run it: its own context (connection) and instance id.</summary>
public static class TestProcessors
{
    public static DispatcherOptions Settings(int batchSize = 20, int maxAttempts = 5) => new()
    {
        BatchSize = batchSize,
        LeaseDuration = TimeSpan.FromMinutes(2),
        RetryFirstDelay = TimeSpan.FromSeconds(30),
        RetryMaxDelay = TimeSpan.FromMinutes(10),
        MaxAttempts = maxAttempts,
    };

    public static OutboxProcessor Create(ApplicationDbContext db, IEmailGateway gateway, FakeTimeProvider clock,
        string instance = "instance-a", DispatcherOptions? settings = null)
    {
        var options = Options.Create(new EmailOptions
        {
            FromAddress = TestEmails.FromAddress,
            FromName = TestEmails.FromName,
            Dispatcher = settings ?? Settings(),
        });
        return new OutboxProcessor(db, Leases(db, clock, instance), gateway, options, clock,
            NullLogger<OutboxProcessor>.Instance);
    }

    public static OutboxLeases Leases(ApplicationDbContext db, FakeTimeProvider clock, string instance) =>
        new(db, new OutboxInstance(instance), clock);
}
