using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TalentMatch.Infrastructure.Identity;

namespace TalentMatch.Infrastructure.IntegrationTests.Identity;

public sealed class PasswordPolicyTests
{
    [Fact]
    public void ShippedList_HoldsTensOfThousandsOfCommonPasswords()
    {
        CommonPasswordList.Shipped.Count.ShouldBeGreaterThan(30_000);
        CommonPasswordList.Shipped.Contains("password").ShouldBeTrue();
        CommonPasswordList.Shipped.Contains("PassWord").ShouldBeTrue();
        CommonPasswordList.Shipped.Contains("iloveyou").ShouldBeTrue();
        CommonPasswordList.Shipped.Contains("correct horse battery leiden").ShouldBeFalse();
    }

    [Theory]
    [InlineData("password", false)]
    [InlineData("12345678", false)]
    [InlineData("Qwertyuiop", false)]
    [InlineData("tulpen fiets gracht", true)]
    [InlineData("short", true)] // length is the other validator's job
    public async Task Validate_RejectsCommonPasswords(string password, bool valid)
    {
        var validator = new CommonPasswordValidator(new LocalizedIdentityErrorDescriber());

        var result = await validator.ValidateAsync(null!, new ApplicationUser { Email = "ana@example.org" }, password);

        result.Succeeded.ShouldBe(valid);
    }

    [Fact]
    public async Task Validate_RejectsTheEmailAddressAndOverLongPasswords()
    {
        var validator = new CommonPasswordValidator(new LocalizedIdentityErrorDescriber());
        var user = new ApplicationUser { Email = "ana.lopez@example.org" };

        (await validator.ValidateAsync(null!, user, "Ana.Lopez@example.org")).Succeeded.ShouldBeFalse();
        (await validator.ValidateAsync(null!, user, new string('x', 129))).Succeeded.ShouldBeFalse();
        (await validator.ValidateAsync(null!, user, new string('x', 64) + " a long passphrase is fine")).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Hash_UsesPbkdf2Sha512WithAtLeast210000Iterations()
    {
        var options = Options.Create(new PasswordHasherOptions { IterationCount = IdentityPolicy.Pbkdf2Iterations });
        var hasher = new PasswordHasher<ApplicationUser>(options);

        var hash = Convert.FromBase64String(hasher.HashPassword(new ApplicationUser(), "tulpen fiets gracht"));

        // Identity v3 format: 0x01 | PRF (uint32 BE) | iterations (uint32 BE) | salt length | salt | subkey
        hash[0].ShouldBe((byte)0x01);
        ReadUInt32(hash, 1).ShouldBe((uint)KeyDerivationPrf.HMACSHA512);
        ReadUInt32(hash, 5).ShouldBeGreaterThanOrEqualTo(210_000u);
    }

    [Fact]
    public void Policy_HasNoCompositionRulesAndLocksOutAfterFiveFailures()
    {
        var options = new IdentityOptions();

        IdentityPolicy.Apply(options);

        options.Password.RequiredLength.ShouldBe(8);
        options.Password.RequireDigit.ShouldBeFalse();
        options.Password.RequireUppercase.ShouldBeFalse();
        options.Password.RequireNonAlphanumeric.ShouldBeFalse();
        options.Lockout.AllowedForNewUsers.ShouldBeTrue();
        options.Lockout.MaxFailedAccessAttempts.ShouldBe(5);
    }

    private static uint ReadUInt32(byte[] bytes, int offset) =>
        (uint)(bytes[offset] << 24 | bytes[offset + 1] << 16 | bytes[offset + 2] << 8 | bytes[offset + 3]);

    private enum KeyDerivationPrf : uint
    {
        HMACSHA512 = 2,
    }
}
