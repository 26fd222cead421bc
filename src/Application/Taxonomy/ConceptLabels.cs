namespace TalentMatch.Application.Taxonomy;

/// <summary>The labels of a concept in one language. Hidden labels (misspellings, old terms) are for search only.</summary>
public sealed record ConceptLabels(string Preferred, IReadOnlyList<string> Alternative, IReadOnlyList<string> Hidden);
