namespace TalentMatch.Application.Candidates.Shared;

/// <summary>An ESCO occupation or skill: its URI and its preferred label in the asked language (else English).</summary>
public sealed record ConceptDto(string Uri, string Label);
