namespace TalentMatch.Application.Certificates.ListCertificates;

/// <summary>A certificate or licence; <paramref name="Name"/> is in the request's language.</summary>
public sealed record CertificateDto(string Code, string Name, string NameEn, string NameNl, bool Shipped);
