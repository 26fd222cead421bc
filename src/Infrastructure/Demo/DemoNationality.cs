using TalentMatch.Domain.Candidates;

namespace TalentMatch.Infrastructure.Demo;

/// <summary>A country of origin in the demo population: the locale for names and the mother tongue.</summary>
public sealed record DemoNationality(string Country, string NameLocale, string MotherTongue, CandidateGroup Group,
    int Weight)
{
    /// <summary>Roughly the mix of internationals in South Holland's shortage sectors; fictional people only.</summary>
    public static IReadOnlyList<DemoNationality> All { get; } =
    [
        new("PL", "pl", "pl", CandidateGroup.EuWorker, 14),
        new("RO", "ro", "ro", CandidateGroup.EuWorker, 7),
        new("ES", "es", "es", CandidateGroup.EuWorker, 6),
        new("IT", "it", "it", CandidateGroup.EuWorker, 5),
        new("PT", "pt_PT", "pt", CandidateGroup.EuWorker, 4),
        new("GR", "el", "el", CandidateGroup.EuWorker, 3),
        new("IN", "en_IND", "hi", CandidateGroup.KnowledgeMigrant, 10),
        new("TR", "tr", "tr", CandidateGroup.KnowledgeMigrant, 5),
        new("BR", "pt_BR", "pt", CandidateGroup.KnowledgeMigrant, 4),
        new("ZA", "en_ZA", "en", CandidateGroup.KnowledgeMigrant, 3),
        new("SY", "ar", "ar", CandidateGroup.RefugeeStatusHolder, 8),
        new("ER", "en", "ti", CandidateGroup.RefugeeStatusHolder, 4),
        new("AF", "fa", "fa", CandidateGroup.RefugeeStatusHolder, 3),
        new("UA", "uk", "uk", CandidateGroup.RefugeeStatusHolder, 8),
        new("CN", "zh_CN", "zh", CandidateGroup.Student, 4),
        new("ID", "id_ID", "id", CandidateGroup.Student, 3),
        new("US", "en_US", "en", CandidateGroup.PartnerOfInternational, 4),
        new("GB", "en_GB", "en", CandidateGroup.PartnerOfInternational, 3),
        new("FR", "fr", "fr", CandidateGroup.PartnerOfInternational, 2),
    ];
}
