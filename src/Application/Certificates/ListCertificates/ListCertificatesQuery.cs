using Mediator;

namespace TalentMatch.Application.Certificates.ListCertificates;

/// <summary>All certificates and licences vacancies can require, by name in the request's language.</summary>
public sealed record ListCertificatesQuery : IQuery<IReadOnlyList<CertificateDto>>;
