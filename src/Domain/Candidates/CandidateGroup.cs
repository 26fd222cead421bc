namespace TalentMatch.Domain.Candidates;

/// <summary>
/// Which group of internationals a candidate says they belong to. Optional, and used only for the municipality's
/// anonymous statistics (candidates by group and sector), never for matching or shown to employers.
/// </summary>
public enum CandidateGroup
{
    KnowledgeMigrant = 0,
    EuWorker = 1,
    Student = 2,
    RefugeeStatusHolder = 3,
    PartnerOfInternational = 4,
    Other = 5,
}
