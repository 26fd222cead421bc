using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Identity;

namespace TalentMatch.Infrastructure.Identity;

/// <summary>Identity's messages in the current UI culture (Identity/Resources/IdentityErrors*.resx).</summary>
public sealed class LocalizedIdentityErrorDescriber : IdentityErrorDescriber
{
    private static readonly ResourceManager Resources =
        new("TalentMatch.Infrastructure.Identity.Resources.IdentityErrors", typeof(LocalizedIdentityErrorDescriber).Assembly);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail));

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateEmail));

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail));

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidEmail));

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);

    public override IdentityError DefaultError() => Error(nameof(DefaultError));

    public IdentityError PasswordTooLong(int length) => Error(nameof(PasswordTooLong), length);

    public IdentityError PasswordTooCommon() => Error(nameof(PasswordTooCommon));

    private static IdentityError Error(string code, params object[] args)
    {
        var text = Resources.GetString(code, CultureInfo.CurrentUICulture) ?? code;
        return new IdentityError { Code = code, Description = string.Format(CultureInfo.CurrentCulture, text, args) };
    }
}
