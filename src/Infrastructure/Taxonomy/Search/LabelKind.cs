namespace TalentMatch.Infrastructure.Taxonomy.Search;

/// <summary>Which ESCO label field a label came from; preferred labels weigh most.</summary>
internal enum LabelKind : byte
{
    Preferred,
    Alternative,
    Hidden,
}
