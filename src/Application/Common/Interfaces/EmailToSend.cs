namespace TalentMatch.Application.Common.Interfaces;

/// <param name="Headers">Extra headers (see <c>EmailHeaders</c>); null or empty for none.</param>
public sealed record EmailToSend(string IdempotencyKey, string ToAddress, string Subject, string HtmlBody, string TextBody,
    IReadOnlyDictionary<string, string>? Headers = null);
