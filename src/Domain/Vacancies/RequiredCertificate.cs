using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Domain.Vacancies;

/// <summary>A certificate or licence from the certificates table that the job requires.</summary>
public sealed record RequiredCertificate(CertificateCode Code);
