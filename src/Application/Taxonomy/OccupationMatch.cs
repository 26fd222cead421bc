namespace TalentMatch.Application.Taxonomy;

/// <summary>A search hit; <paramref name="MatchedLabel"/> is the label (any language) that matched best.</summary>
public sealed record OccupationMatch(EscoOccupation Occupation, string MatchedLabel, double Score);
