using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Common.Behaviours;

/// <summary>Logs the message type, the user id and the duration; never the message itself (it holds personal data).</summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger,
    ICurrentUser currentUser) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            logger.LogInformation("Handled {MessageType} for user {UserId} in {ElapsedMs} ms", typeof(TMessage).Name,
                currentUser.Id?.Value, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
