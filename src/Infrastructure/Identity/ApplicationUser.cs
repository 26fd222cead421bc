using Microsoft.AspNetCore.Identity;

namespace TalentMatch.Infrastructure.Identity;

public sealed class ApplicationUser : IdentityUser<Guid>
{
    public const int CultureMaxLength = 10;

    /// <summary>The language e-mails are written in ("en" or "nl").</summary>
    public string Culture { get; set; } = "en";
}
