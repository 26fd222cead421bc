using System.Security.Claims;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Infrastructure;

public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public UserId? Id =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? new UserId(id)
            : null;

    public bool IsInRole(string role) => accessor.HttpContext?.User.IsInRole(role) ?? false;
}
