using System.Globalization;
using System.Resources;

namespace TalentMatch.Application.Common.Localization;

/// <summary>
/// Texts of the use cases (validation and rule messages) in the current UI culture, from Resources/Messages*.resx.
/// FluentValidation's own messages are localised by FluentValidation itself.
/// </summary>
public static class Messages
{
    private static readonly ResourceManager Resources =
        new("TalentMatch.Application.Resources.Messages", typeof(Messages).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);

    public static string PasswordTooShort => Get(nameof(PasswordTooShort));

    public static string PasswordTooLong => Get(nameof(PasswordTooLong));

    public static string PasswordTooCommon => Get(nameof(PasswordTooCommon));

    public static string Email => Get(nameof(Email));

    public static string Password => Get(nameof(Password));

    public static string DisplayName => Get(nameof(DisplayName));

    public static string OrganisationName => Get(nameof(OrganisationName));

    public static string KvkNumber => Get(nameof(KvkNumber));

    public static string KvkNumberFormat => Get(nameof(KvkNumberFormat));

    public static string CultureNotSupported => Get(nameof(CultureNotSupported));

    public static string ConfirmationLinkInvalid => Get(nameof(ConfirmationLinkInvalid));

    public static string ResetLinkInvalid => Get(nameof(ResetLinkInvalid));
}
