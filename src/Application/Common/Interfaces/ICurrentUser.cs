using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Common.Interfaces;

public interface ICurrentUser
{
    UserId? Id { get; }

    bool IsInRole(string role);
}
