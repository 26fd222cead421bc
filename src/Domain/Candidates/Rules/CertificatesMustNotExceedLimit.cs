using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Candidates.Rules;

public sealed class CertificatesMustNotExceedLimit(int count) : IBusinessRule
{
    public bool IsBroken() => count > Candidate.MaxCertificates;

    public string Code => "TooManyCertificates";

    public string Message => "A profile has at most 30 certificates and licences.";
}
