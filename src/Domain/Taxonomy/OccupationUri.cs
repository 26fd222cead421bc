using TalentMatch.Domain.Common;
using TalentMatch.Domain.Taxonomy.Rules;

namespace TalentMatch.Domain.Taxonomy;

/// <summary>The URI of an ESCO occupation, e.g. <c>http://data.europa.eu/esco/occupation/7aedaa07-…</c> (welder).</summary>
public readonly record struct OccupationUri
{
    public const string Prefix = EscoUri.Base + "occupation/";

    private OccupationUri(string value) => Value = value;

    public string Value { get; }

    public static OccupationUri Create(string? value)
    {
        var trimmed = value?.Trim();
        var rule = new EscoUriMustBeWellFormed(trimmed, Prefix);
        return rule.IsBroken() ? throw new BusinessRuleException(rule) : new OccupationUri(trimmed!);
    }

    public static bool TryCreate(string? value, out OccupationUri uri)
    {
        var trimmed = value?.Trim();
        uri = EscoUri.IsWellFormed(trimmed, Prefix) ? new OccupationUri(trimmed!) : default;
        return uri.Value is not null;
    }

    /// <summary>From the identifier alone (the last URI segment), as the taxonomy files store it.</summary>
    public static OccupationUri FromId(string id) => Create(Prefix + id);

    public override string ToString() => Value;
}
