using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Taxonomy.Rules;

public sealed class EscoUriMustBeWellFormed(string? value, string prefix) : IBusinessRule
{
    public bool IsBroken() => !EscoUri.IsWellFormed(value, prefix);

    public string Code => "EscoUriFormat";

    public string Message => $"An ESCO URI starts with {prefix} followed by the concept's identifier.";
}
