using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;
using ValidationException = TalentMatch.Application.Common.Exceptions.ValidationException;

namespace TalentMatch.Infrastructure.Identity;

public sealed class IdentityService(UserManager<ApplicationUser> users) : IIdentityService
{
    public async Task<AccountInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        await ToInfoAsync(await users.FindByEmailAsync(email));

    public async Task<AccountInfo?> FindByIdAsync(UserId id, CancellationToken cancellationToken) =>
        await ToInfoAsync(await users.FindByIdAsync(id.ToString()));

    public async Task<UserId> CreateAsync(string email, string? password, string role, string culture,
        bool emailConfirmed, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, Culture = culture, EmailConfirmed = emailConfirmed,
        };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        ThrowIfFailed(created, "Password");
        ThrowIfFailed(await users.AddToRoleAsync(user, role), "Email");
        return new UserId(user.Id);
    }

    public async Task<string> GenerateEmailConfirmationCodeAsync(UserId id, CancellationToken cancellationToken) =>
        Encode(await users.GenerateEmailConfirmationTokenAsync(await GetAsync(id)));

    public async Task<bool> ConfirmEmailAsync(UserId id, string code, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        var token = Decode(code);
        return user is not null && token is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }

    public async Task<string> GeneratePasswordResetCodeAsync(UserId id, CancellationToken cancellationToken) =>
        Encode(await users.GeneratePasswordResetTokenAsync(await GetAsync(id)));

    public async Task ResetPasswordAsync(UserId id, string code, string newPassword, CancellationToken cancellationToken)
    {
        var user = await GetAsync(id);
        var token = Decode(code) ?? throw new ValidationException("Code", new LocalizedIdentityErrorDescriber().InvalidToken().Description);
        ThrowIfFailed(await users.ResetPasswordAsync(user, token, newPassword), "NewPassword");
        if (!user.EmailConfirmed)
        {
            // Following a reset link proves the address, as a confirmation link does.
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
    }

    private async Task<ApplicationUser> GetAsync(UserId id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new InvalidOperationException($"No account {id}.");

    private async Task<AccountInfo?> ToInfoAsync(ApplicationUser? user) => user is null
        ? null
        : new AccountInfo(new UserId(user.Id), user.Email!, user.EmailConfirmed, user.Culture,
            [.. await users.GetRolesAsync(user)]);

    private static void ThrowIfFailed(IdentityResult result, string propertyForPasswordErrors)
    {
        if (result.Succeeded)
        {
            return;
        }

        throw new ValidationException(result.Errors.Select(e => new ValidationFailure(
            e.Code.StartsWith("Password", StringComparison.Ordinal) ? propertyForPasswordErrors
                : e.Code.Contains("Token", StringComparison.Ordinal) ? "Code" : "Email",
            e.Description)));
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));

    private static string? Decode(string code)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
