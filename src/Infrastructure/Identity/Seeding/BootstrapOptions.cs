namespace TalentMatch.Infrastructure.Identity.Seeding;

/// <summary>
/// The first Admin and Municipality accounts, created at first start. Give a password through user-secrets or
/// the environment (Bootstrap__AdminPassword), or leave it out: the account is then created without one and a
/// "set your password" e-mail goes through the outbox. No password is ever in the repository.
/// </summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public string? MunicipalityEmail { get; set; }

    public string? MunicipalityPassword { get; set; }
}
