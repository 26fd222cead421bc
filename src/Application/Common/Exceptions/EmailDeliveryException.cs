namespace TalentMatch.Application.Common.Exceptions;

public sealed class EmailDeliveryException(string message, bool isPermanent, Exception? inner = null)
    : Exception(message, inner)
{
    public bool IsPermanent { get; } = isPermanent;
}
