namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>A text field searched with its own analyser, and how much a match in it counts.</summary>
internal readonly record struct WeightedField(string Name, float Boost);
