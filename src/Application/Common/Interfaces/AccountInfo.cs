using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Common.Interfaces;

public sealed record AccountInfo(UserId Id, string Email, bool EmailConfirmed, string Culture, IReadOnlyList<string> Roles);
