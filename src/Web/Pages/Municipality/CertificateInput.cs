namespace TalentMatch.Web.Pages.Municipality;

public sealed class CertificateInput
{
    public string Code { get; set; } = string.Empty;

    public string NameEn { get; set; } = string.Empty;

    public string NameNl { get; set; } = string.Empty;
}
