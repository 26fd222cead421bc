using Mediator;

namespace TalentMatch.Application.Candidates.GetProfileForm;

/// <summary>
/// What the profile form shows around the candidate's input: the certificate list, and labels for the occupation
/// and skill URIs on the form (an unknown URI keeps itself as label, so the person sees what the error is about).
/// </summary>
public sealed record GetProfileFormQuery(string? Language, IReadOnlyList<string> Occupations, IReadOnlyList<string> Skills)
    : IQuery<ProfileFormDto>;
