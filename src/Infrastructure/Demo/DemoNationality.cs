namespace TalentMatch.Infrastructure.Demo;

/// <summary>A country of origin in the demo population: the locale for names and the mother tongue.</summary>
public sealed record DemoNationality(string Country, string NameLocale, string MotherTongue, DemoCandidateGroup Group,
    int Weight)
{
    /// <summary>Roughly the mix of internationals in South Holland's shortage sectors; fictional people only.</summary>
    public static IReadOnlyList<DemoNationality> All { get; } =
    [
        new("PL", "pl", "pl", DemoCandidateGroup.EuWorker, 14),
        new("RO", "ro", "ro", DemoCandidateGroup.EuWorker, 7),
        new("ES", "es", "es", DemoCandidateGroup.EuWorker, 6),
        new("IT", "it", "it", DemoCandidateGroup.EuWorker, 5),
        new("PT", "pt_PT", "pt", DemoCandidateGroup.EuWorker, 4),
        new("GR", "el", "el", DemoCandidateGroup.EuWorker, 3),
        new("IN", "en_IND", "hi", DemoCandidateGroup.KnowledgeMigrant, 10),
        new("TR", "tr", "tr", DemoCandidateGroup.KnowledgeMigrant, 5),
        new("BR", "pt_BR", "pt", DemoCandidateGroup.KnowledgeMigrant, 4),
        new("ZA", "en_ZA", "en", DemoCandidateGroup.KnowledgeMigrant, 3),
        new("SY", "ar", "ar", DemoCandidateGroup.RefugeeStatusHolder, 8),
        new("ER", "en", "ti", DemoCandidateGroup.RefugeeStatusHolder, 4),
        new("AF", "fa", "fa", DemoCandidateGroup.RefugeeStatusHolder, 3),
        new("UA", "uk", "uk", DemoCandidateGroup.RefugeeStatusHolder, 8),
        new("CN", "zh_CN", "zh", DemoCandidateGroup.Student, 4),
        new("ID", "id_ID", "id", DemoCandidateGroup.Student, 3),
        new("US", "en_US", "en", DemoCandidateGroup.PartnerOfInternational, 4),
        new("GB", "en_GB", "en", DemoCandidateGroup.PartnerOfInternational, 3),
        new("FR", "fr", "fr", DemoCandidateGroup.PartnerOfInternational, 2),
    ];
}
