using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;

namespace TalentMatch.Infrastructure.IntegrationTests.Alerts.Mailing;

/// <summary>Just enough of the identity store for the mailer: an account's address and language by id.</summary>
public sealed class AlertAccounts : IIdentityService
{
    private readonly Dictionary<UserId, AccountInfo> _accounts = [];

    public UserId Add(string email, string culture = "en", string role = Roles.Candidate)
    {
        var id = UserId.New();
        _accounts[id] = new AccountInfo(id, email, true, culture, [role]);
        return id;
    }

    public Task<AccountInfo?> FindByIdAsync(UserId id, CancellationToken cancellationToken) =>
        Task.FromResult(_accounts.GetValueOrDefault(id));

    public Task<AccountInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        Task.FromResult(_accounts.Values.FirstOrDefault(a => a.Email == email));

    public Task<UserId> CreateAsync(string email, string? password, string role, string culture, bool emailConfirmed,
        CancellationToken cancellationToken) => Task.FromResult(Add(email, culture, role));

    public Task<string> GenerateEmailConfirmationCodeAsync(UserId id, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<bool> ConfirmEmailAsync(UserId id, string code, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<string> GeneratePasswordResetCodeAsync(UserId id, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task ResetPasswordAsync(UserId id, string code, string newPassword, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
