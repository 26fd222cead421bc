using System.Collections.Concurrent;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Support;

/// <summary>Counts deliveries per idempotency key; <see cref="OnSend"/> may fail or delay a send.</summary>
public sealed class RecordingEmailGateway : IEmailGateway
{
    private readonly TaskCompletionSource _firstDelivery = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _attempts;

    public ConcurrentQueue<EmailToSend> Delivered { get; } = new();

    public Func<EmailToSend, CancellationToken, Task>? OnSend { get; set; }

    public Task FirstDelivery => _firstDelivery.Task;

    public int Attempts => Volatile.Read(ref _attempts);

    public async Task SendAsync(EmailToSend message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        if (OnSend is { } onSend)
        {
            await onSend(message, cancellationToken);
        }

        Delivered.Enqueue(message);
        _firstDelivery.TrySetResult();
    }

    public IReadOnlyDictionary<string, int> CountsByKey() =>
        Delivered.GroupBy(m => m.IdempotencyKey).ToDictionary(g => g.Key, g => g.Count());
}
