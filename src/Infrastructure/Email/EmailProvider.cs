namespace TalentMatch.Infrastructure.Email;

/// <summary>Where <c>IEmailGateway</c> hands messages: Email:Provider.</summary>
public enum EmailProvider
{
    /// <summary>One .eml file per message in the data folder; for development and the embedded mode.</summary>
    File = 0,
    Smtp = 1,
    SendGrid = 2,
}
