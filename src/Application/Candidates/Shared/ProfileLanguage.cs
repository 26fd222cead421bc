using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Candidates.Shared;

/// <summary>The language labels are shown in: the asked one when the taxonomy has it, else English.</summary>
public static class ProfileLanguage
{
    public static TaxonomyLanguage Of(string? code) => TaxonomyLanguage.FromCode(code) ?? TaxonomyLanguage.Default;
}
