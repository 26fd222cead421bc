using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Infrastructure;

public static class Policies
{
    public const string Candidate = Roles.Candidate;
    public const string Employer = Roles.Employer;
    public const string Municipality = Roles.Municipality;
    public const string Admin = Roles.Admin;

    /// <summary>The monitor's aggregates: the municipality, and administrators may look too.</summary>
    public const string Monitoring = "Monitoring";
}
