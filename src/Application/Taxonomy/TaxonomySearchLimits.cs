namespace TalentMatch.Application.Taxonomy;

public static class TaxonomySearchLimits
{
    public const int QueryMaxLength = 100;
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
}
