using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Alerts.Shared;

public static class UnsubscribeLinks
{
    /// <summary>The alerts a link names; an altered or cut-short token is a field error (400), never a 500.</summary>
    public static UnsubscribeToken ReadOrThrow(this IUnsubscribeTokens tokens, string? token) =>
        (string.IsNullOrWhiteSpace(token) ? null : tokens.Read(token.Trim()))
        ?? throw new ValidationException("token", AlertMessages.Get("UnsubscribeLinkInvalid"));
}
