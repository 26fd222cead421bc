using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Support;

/// <summary>Keeps every formatted log line, so tests can wait for an event and check what was written.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _waiters = new();

    public ConcurrentQueue<CapturedLog> Logs { get; } = new();

    /// <summary>Completes when a TalentMatch logger writes <paramref name="eventId"/>.</summary>
    public Task WhenLogged(int eventId) => Waiter(eventId).Task;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private TaskCompletionSource Waiter(int eventId) =>
        _waiters.GetOrAdd(eventId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            provider.Logs.Enqueue(new CapturedLog(category, logLevel, eventId, formatter(state, exception)));
            if (category.StartsWith("TalentMatch", StringComparison.Ordinal))
            {
                provider.Waiter(eventId.Id).TrySetResult();
            }
        }
    }
}
