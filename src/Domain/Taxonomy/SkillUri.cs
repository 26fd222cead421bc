using TalentMatch.Domain.Common;
using TalentMatch.Domain.Taxonomy.Rules;

namespace TalentMatch.Domain.Taxonomy;

/// <summary>The URI of an ESCO skill or knowledge concept, e.g. <c>http://data.europa.eu/esco/skill/…</c>.</summary>
public readonly record struct SkillUri
{
    public const string Prefix = EscoUri.Base + "skill/";

    private SkillUri(string value) => Value = value;

    public string Value { get; }

    public static SkillUri Create(string? value)
    {
        var trimmed = value?.Trim();
        var rule = new EscoUriMustBeWellFormed(trimmed, Prefix);
        return rule.IsBroken() ? throw new BusinessRuleException(rule) : new SkillUri(trimmed!);
    }

    public static bool TryCreate(string? value, out SkillUri uri)
    {
        var trimmed = value?.Trim();
        uri = EscoUri.IsWellFormed(trimmed, Prefix) ? new SkillUri(trimmed!) : default;
        return uri.Value is not null;
    }

    /// <summary>From the identifier alone (the last URI segment), as the taxonomy files store it.</summary>
    public static SkillUri FromId(string id) => Create(Prefix + id);

    public override string ToString() => Value;
}
