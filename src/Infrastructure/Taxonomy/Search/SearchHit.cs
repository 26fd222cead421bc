namespace TalentMatch.Infrastructure.Taxonomy.Search;

/// <summary>A concept (by ordinal) with its score and the label that matched best.</summary>
internal readonly record struct SearchHit(int Concept, float Score, string MatchedLabel);
