namespace TalentMatch.Domain.Common;

public static class Roles
{
    public const string Candidate = nameof(Candidate);
    public const string Employer = nameof(Employer);
    public const string Municipality = nameof(Municipality);
    public const string Admin = nameof(Admin);

    public static IReadOnlyList<string> All { get; } = [Candidate, Employer, Municipality, Admin];
}
