namespace TalentMatch.Application.Common.Interfaces;

/// <summary>
/// Signed tokens for one-click unsubscribe links (RFC 8058): they name the alerts of one e-mail and the reader's
/// language, work without logging in, and cannot be forged or altered.
/// </summary>
public interface IUnsubscribeTokens
{
    string Create(UnsubscribeToken token);

    /// <summary>Null when the token was altered, cut short or not made by us.</summary>
    UnsubscribeToken? Read(string token);
}
