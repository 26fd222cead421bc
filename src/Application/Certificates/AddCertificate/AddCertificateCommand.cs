using Mediator;

namespace TalentMatch.Application.Certificates.AddCertificate;

/// <summary>The municipality adds a certificate or licence to the list, with its English and Dutch name.</summary>
public sealed record AddCertificateCommand(string Code, string NameEn, string NameNl) : ICommand<string>;
