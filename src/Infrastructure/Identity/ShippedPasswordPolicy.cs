using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.Identity;

public sealed class ShippedPasswordPolicy : IPasswordPolicy
{
    public bool IsCommon(string password) => CommonPasswordList.Shipped.Contains(password);
}
