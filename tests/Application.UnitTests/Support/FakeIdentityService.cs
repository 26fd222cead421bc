using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.UnitTests.Support;

/// <summary>In-memory accounts: enough of Identity for the use cases' own logic.</summary>
public sealed class FakeIdentityService : IIdentityService
{
    private readonly Dictionary<UserId, (AccountInfo Info, string? Password)> _accounts = [];

    public IReadOnlyCollection<AccountInfo> Accounts => [.. _accounts.Values.Select(a => a.Info)];

    public Task<AccountInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        Task.FromResult(_accounts.Values.Select(a => a.Info)
            .FirstOrDefault(a => a.Email.Equals(email, StringComparison.OrdinalIgnoreCase)));

    public Task<AccountInfo?> FindByIdAsync(UserId id, CancellationToken cancellationToken) =>
        Task.FromResult(_accounts.TryGetValue(id, out var a) ? a.Info : null);

    public Task<UserId> CreateAsync(string email, string? password, string role, string culture, bool emailConfirmed,
        CancellationToken cancellationToken)
    {
        var id = UserId.New();
        _accounts[id] = (new AccountInfo(id, email, emailConfirmed, culture, [role]), password);
        return Task.FromResult(id);
    }

    public Task<string> GenerateEmailConfirmationCodeAsync(UserId id, CancellationToken cancellationToken) =>
        Task.FromResult($"confirm-{id}");

    public Task<bool> ConfirmEmailAsync(UserId id, string code, CancellationToken cancellationToken)
    {
        if (!_accounts.TryGetValue(id, out var account) || code != $"confirm-{id}")
        {
            return Task.FromResult(false);
        }

        _accounts[id] = account with { Info = account.Info with { EmailConfirmed = true } };
        return Task.FromResult(true);
    }

    public Task<string> GeneratePasswordResetCodeAsync(UserId id, CancellationToken cancellationToken) =>
        Task.FromResult($"reset-{id}");

    public Task ResetPasswordAsync(UserId id, string code, string newPassword, CancellationToken cancellationToken)
    {
        _accounts[id] = _accounts[id] with { Password = newPassword };
        return Task.CompletedTask;
    }
}
