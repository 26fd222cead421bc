using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Vacancies;

/// <summary>The app with a Municipality account, for the vacancy, organisation and certificate tests.</summary>
public sealed class VacancyWebFactory() : TalentMatchWebFactory(new Dictionary<string, string?>
{
    ["Bootstrap:MunicipalityEmail"] = MunicipalityEmail,
    ["Bootstrap:MunicipalityPassword"] = MunicipalityPassword,
})
{
    public const string MunicipalityEmail = "certificates@gemeente.example";
    public const string MunicipalityPassword = "municipality-long-passphrase-9314";
}
