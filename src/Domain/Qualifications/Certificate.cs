using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Qualifications;

/// <summary>
/// A certificate or licence that vacancies can require and candidates can hold. The product ships a list
/// (<see cref="ShippedCertificates"/>); the municipality can add to it.
/// </summary>
public sealed class Certificate : Entity
{
    public const int NameMaxLength = 150;

    private Certificate()
    {
        Code = null!;
        NameEn = NameNl = string.Empty;
    }

    public CertificateCode Code { get; private set; }

    public string NameEn { get; private set; }

    public string NameNl { get; private set; }

    public bool Shipped { get; private set; }

    public static Certificate Create(CertificateCode code, string nameEn, string nameNl, bool shipped = false) => new()
    {
        Code = code, NameEn = nameEn.Trim(), NameNl = nameNl.Trim(), Shipped = shipped,
    };

    public string Name(string culture) => culture == "nl" ? NameNl : NameEn;
}
