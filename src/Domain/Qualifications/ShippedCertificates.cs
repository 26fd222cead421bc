namespace TalentMatch.Domain.Qualifications;

/// <summary>The certificates and licences the product ships with, common in the four sectors.</summary>
public static class ShippedCertificates
{
    public static IReadOnlyList<Certificate> All { get; } =
    [
        Certificate.Create(CertificateCode.Create("VCA-BASIS"), "VCA Basic safety (B-VCA)", "VCA Basisveiligheid (B-VCA)", true),
        Certificate.Create(CertificateCode.Create("VCA-VOL"), "VCA Full safety for supervisors (VOL-VCA)", "VCA Veiligheid voor operationeel leidinggevenden (VOL-VCA)", true),
        Certificate.Create(CertificateCode.Create("NEN3140"), "NEN 3140 electrical safety (instructed / skilled person)", "NEN 3140 elektrotechnische veiligheid (VOP/VP)", true),
        Certificate.Create(CertificateCode.Create("NEN1010"), "NEN 1010 low-voltage installations", "NEN 1010 laagspanningsinstallaties", true),
        Certificate.Create(CertificateCode.Create("F-GASSEN"), "F-gases certificate (refrigerants, heat pumps)", "F-gassen certificaat (koudemiddelen, warmtepompen)", true),
        Certificate.Create(CertificateCode.Create("VOG"), "Certificate of Conduct (VOG)", "Verklaring Omtrent het Gedrag (VOG)", true),
        Certificate.Create(CertificateCode.Create("BIG"), "BIG registration (healthcare)", "BIG-registratie (zorg)", true),
        Certificate.Create(CertificateCode.Create("BHV"), "Company emergency response (BHV)", "Bedrijfshulpverlening (BHV)", true),
        Certificate.Create(CertificateCode.Create("EHBO"), "First aid (EHBO)", "Eerste hulp bij ongelukken (EHBO)", true),
        Certificate.Create(CertificateCode.Create("RIJBEWIJS-B"), "Driving licence B (car)", "Rijbewijs B (auto)", true),
        Certificate.Create(CertificateCode.Create("RIJBEWIJS-C"), "Driving licence C (truck)", "Rijbewijs C (vrachtwagen)", true),
        Certificate.Create(CertificateCode.Create("LESBEVOEGDHEID"), "Dutch teaching qualification", "Lesbevoegdheid (onderwijsbevoegdheid)", true),
        Certificate.Create(CertificateCode.Create("PDG"), "Teaching without qualification: pedagogical-didactic certificate", "Pedagogisch-didactisch getuigschrift (PDG)", true),
        Certificate.Create(CertificateCode.Create("HOOGWERKER"), "Aerial work platform operator", "Hoogwerkercertificaat", true),
    ];
}
