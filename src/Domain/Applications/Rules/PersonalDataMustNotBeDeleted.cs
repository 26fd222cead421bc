using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications.Rules;

/// <summary>After the retention period only an anonymous stub is left, and nothing more happens to it.</summary>
public sealed class PersonalDataMustNotBeDeleted(DateTimeOffset? deletedAt) : IBusinessRule
{
    public bool IsBroken() => deletedAt is not null;

    public string Code => "ApplicationDataDeleted";

    public string Message => "The data of this application has been deleted.";
}
