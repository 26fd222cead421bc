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

    public static EmailDeliveryException Transient(string status, string message, Exception? inner = null) =>
        With(new EmailDeliveryException(message, isPermanent: false, inner), status);

    public static EmailDeliveryException Permanent(string status, string message, Exception? inner = null) =>
        With(new EmailDeliveryException(message, isPermanent: true, inner), status);

    public static string Of(Exception exception) =>
        exception.Data[DataKey] as string ?? exception.GetType().Name;

    private static EmailDeliveryException With(EmailDeliveryException exception, string status)
    {
        exception.Data[DataKey] = status;
        return exception;
    }
}
