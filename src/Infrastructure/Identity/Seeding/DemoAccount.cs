namespace TalentMatch.Infrastructure.Identity.Seeding;

public sealed record DemoAccount(string Role, string Email, string Password);
