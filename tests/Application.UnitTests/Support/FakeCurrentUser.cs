using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.UnitTests.Support;

public sealed class FakeCurrentUser : ICurrentUser
{
    public UserId? Id { get; set; }

    public HashSet<string> Roles { get; } = [];

    public bool IsInRole(string role) => Roles.Contains(role);
}
