namespace TalentMatch.Application.Common.Interfaces;

public sealed record EmailToSend(string IdempotencyKey, string ToAddress, string Subject, string HtmlBody, string TextBody);
