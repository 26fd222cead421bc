namespace TalentMatch.Application.Matching;

/// <summary>
/// Things a candidate can do something about, as stable keys: the municipality keeps a list of help per key (Dutch
/// courses, IDW/Nuffic diploma evaluation, the BIG procedure, VCA or VOG applications, the International Centre).
/// </summary>
public static class Obstacles
{
    /// <summary>Diploma evaluation (IDW/Nuffic or DUO).</summary>
    public const string Recognition = "recognition";

    /// <summary>Registration in the BIG register.</summary>
    public const string Big = "big";

    /// <summary>Right to work unclear: the International Centre advises.</summary>
    public const string Sponsorship = "sponsorship";

    public const string Housing = "housing";

    /// <summary>Skills the vacancy asks for (training, or adding skills the candidate has to the profile).</summary>
    public const string Skills = "skills";

    public const string Education = "education";

    private const string LanguagePrefix = "language:";
    private const string CertificatePrefix = "certificate:";

    /// <summary>A language course, e.g. "language:nl".</summary>
    public static string Language(string languageCode) => LanguagePrefix + languageCode;

    /// <summary>Getting a certificate, e.g. "certificate:VCA-BASIS" or "certificate:VOG".</summary>
    public static string Certificate(string certificateCode) => CertificatePrefix + certificateCode;
}
