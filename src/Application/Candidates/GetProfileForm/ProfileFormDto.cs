using TalentMatch.Application.Candidates.Shared;

namespace TalentMatch.Application.Candidates.GetProfileForm;

public sealed record ProfileFormDto(
    IReadOnlyList<CertificateDto> Certificates,
    IReadOnlyList<ConceptDto> Occupations,
    IReadOnlyList<ConceptDto> Skills);
