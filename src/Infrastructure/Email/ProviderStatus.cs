using TalentMatch.Application.Common.Exceptions;

namespace TalentMatch.Infrastructure.Email;

/// <summary>
/// A short, loggable code for why a delivery failed ("smtp:550", "http:429", "socket:ConnectionRefused").
/// It travels in <see cref="Exception.Data"/> so the logs never need the exception message, which may quote
/// an address.
/// </summary>
public static class ProviderStatus
{
    private const string DataKey = "TalentMatch.Email.ProviderStatus";
    private const string RetryAfterKey = "TalentMatch.Email.RetryAfter";

    public static EmailDeliveryException Transient(string status, string message, Exception? inner = null) =>
        With(new EmailDeliveryException(message, isPermanent: false, inner), status);

    /// <summary>A transient failure where the provider said how long to wait (HTTP Retry-After).</summary>
    public static EmailDeliveryException Transient(string status, string message, TimeSpan? retryAfter)
    {
        var exception = Transient(status, message);
        if (retryAfter is { } wait && wait > TimeSpan.Zero)
        {
            exception.Data[RetryAfterKey] = wait;
        }

        return exception;
    }

    public static EmailDeliveryException Permanent(string status, string message, Exception? inner = null) =>
        With(new EmailDeliveryException(message, isPermanent: true, inner), status);

    public static string Of(Exception exception) =>
        exception.Data[DataKey] as string ?? exception.GetType().Name;

    /// <summary>How long the provider asked to wait before the next attempt; null when it did not say.</summary>
    public static TimeSpan? RetryAfterOf(Exception exception) => exception.Data[RetryAfterKey] as TimeSpan?;

    private static EmailDeliveryException With(EmailDeliveryException exception, string status)
    {
        exception.Data[DataKey] = status;
        return exception;
    }
}
