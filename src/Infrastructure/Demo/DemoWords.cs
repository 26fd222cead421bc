using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Demo;

/// <summary>Building blocks for fictional organisation names and the region's places.</summary>
public static class DemoWords
{
    public static IReadOnlyList<string> RegionPlaces { get; } =
    [
        "Leiden", "Leiden", "Leiden", "Leiderdorp", "Oegstgeest", "Katwijk", "Noordwijk", "Voorschoten",
        "Zoeterwoude", "Alphen aan den Rijn", "Sassenheim", "Lisse", "Wassenaar", "Hillegom", "Noordwijkerhout",
        "The Hague",
    ];

    public static IReadOnlyList<string> LocalNames { get; } =
    [
        "Rijnland", "De Sleutel", "Lakenveld", "De Burcht", "Morschpoort", "Zijlpoort", "Rapenburg", "Mare",
        "Hooglandse Kerk", "Singelpark", "Bio Science", "Duin en Bollen", "Holland Rijnland", "De Waard",
        "Stevenshof", "Merenwijk", "Boerhaave", "Oude Rijn", "Vlietland", "Groene Hart",
    ];

    public static IReadOnlyList<string> PrefixesFor(Sector sector) => sector.Code switch
    {
        "education" => ["Basisschool", "Stedelijk Lyceum", "ROC", "Kinderopvang", "Montessorischool", "Hogeschool"],
        "healthcare" => ["Zorggroep", "Thuiszorg", "Verpleeghuis", "Huisartsenpraktijk", "Revalidatiecentrum", "Apotheek"],
        "construction" => ["Bouwbedrijf", "Aannemersbedrijf", "Infra", "Renovatie", "Timmerbedrijf", "Betonbouw"],
        _ => ["Warmtepomp Service", "Zonne-energie", "Installatietechniek", "Netwerkbeheer", "Duurzaam Wonen", "Laadpalen"],
    };
}
