using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Infrastructure.Storage;

namespace TalentMatch.Infrastructure.Identity.Seeding;

/// <summary>
/// Demo mode: one account per role with a password generated on this machine. They are written to
/// demo-accounts.txt in the data folder (readable by the owner only) so a newcomer can log in.
/// </summary>
public sealed class DemoAccountSeeder(IIdentityService identity, UserManager<ApplicationUser> users,
    IApplicationDbContext db, DataDirectory dataDirectory, TimeProvider clock)
{
    public const string FileName = "demo-accounts.txt";

    private static readonly (string Role, string Email)[] Accounts =
    [
        (Roles.Candidate, "candidate@demo.talentmatch.local"),
        (Roles.Employer, "employer@demo.talentmatch.local"),
        (Roles.Municipality, "municipality@demo.talentmatch.local"),
        (Roles.Admin, "admin@demo.talentmatch.local"),
    ];

    public async Task<IReadOnlyList<DemoAccount>> SeedAsync(CancellationToken cancellationToken)
    {
        var known = ReadFile();
        var result = new List<DemoAccount>();
        foreach (var (role, email) in Accounts)
        {
            var password = known.GetValueOrDefault(email) ?? NewPassword();
            var account = await identity.FindByEmailAsync(email, cancellationToken);
            if (account is null)
            {
                var id = await identity.CreateAsync(email, password, role, "en", emailConfirmed: true, cancellationToken);
                await AddProfileAsync(role, id, cancellationToken);
            }
            else if (!known.ContainsKey(email))
            {
                // The file was lost: give the demo account a fresh password rather than leave it unusable.
                var user = await users.FindByIdAsync(account.Id.ToString());
                await users.RemovePasswordAsync(user!);
                await users.AddPasswordAsync(user!, password);
            }

            result.Add(new DemoAccount(role, email, password));
        }

        await db.SaveChangesAsync(cancellationToken);
        WriteFile(result);
        return result;
    }

    private async Task AddProfileAsync(string role, UserId id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (role == Roles.Candidate)
        {
            db.Candidates.Add(Candidate.Register(id, "Demo Candidate", now));
        }
        else if (role == Roles.Employer)
        {
            var kvk = KvkNumber.Create("90000001");
            var taken = await db.Employers.AnyAsync(e => e.KvkNumber == kvk, ct);
            db.Employers.Add(Employer.Register("Demo Zorggroep Leiden", kvk, taken, id, now));
        }
    }

    private static string NewPassword() =>
        // 4 groups of 5 characters from an alphabet without look-alikes: ~100 bits, easy to type.
        string.Join('-', Enumerable.Range(0, 4).Select(_ =>
            RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 5)));

    private Dictionary<string, string> ReadFile()
    {
        var path = dataDirectory.PathOf(FileName);
        return !File.Exists(path)
            ? []
            : File.ReadAllLines(path)
                .Select(line => line.Split('\t'))
                .Where(parts => parts.Length == 3)
                .ToDictionary(parts => parts[1], parts => parts[2]);
    }

    private void WriteFile(IEnumerable<DemoAccount> accounts)
    {
        var path = dataDirectory.PathOf(FileName);
        File.WriteAllLines(path, accounts.Select(a => $"{a.Role}\t{a.Email}\t{a.Password}"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
