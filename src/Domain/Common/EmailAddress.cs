namespace TalentMatch.Domain.Common;

public static class EmailAddress
{
    /// <summary>RFC 5321 limits a forward path to 256 octets including the angle brackets.</summary>
    public const int MaxLength = 254;
}
