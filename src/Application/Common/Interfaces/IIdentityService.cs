using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Common.Interfaces;

/// <summary>Accounts live in ASP.NET Core Identity; use cases reach them only through this port.</summary>
public interface IIdentityService
{
    Task<AccountInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<AccountInfo?> FindByIdAsync(UserId id, CancellationToken cancellationToken);

    /// <summary>Creates the account; broken password or e-mail rules throw a ValidationException.</summary>
    Task<UserId> CreateAsync(string email, string? password, string role, string culture, bool emailConfirmed,
        CancellationToken cancellationToken);

    Task<string> GenerateEmailConfirmationCodeAsync(UserId id, CancellationToken cancellationToken);

    /// <summary>False when the code is wrong, expired or already used.</summary>
    Task<bool> ConfirmEmailAsync(UserId id, string code, CancellationToken cancellationToken);

    Task<string> GeneratePasswordResetCodeAsync(UserId id, CancellationToken cancellationToken);

    /// <summary>Broken password rules or a bad code throw a ValidationException.</summary>
    Task ResetPasswordAsync(UserId id, string code, string newPassword, CancellationToken cancellationToken);
}
