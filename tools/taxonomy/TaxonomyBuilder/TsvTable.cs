namespace TalentMatch.Tools.Taxonomy;

/// <summary>One product file: a header and rows, already in their final (stable) order.</summary>
internal sealed record TsvTable(string FileName, IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows);
