namespace TalentMatch.Infrastructure.Demo;

/// <summary>The groups of internationals the municipality follows.</summary>
public enum DemoCandidateGroup
{
    KnowledgeMigrant,
    EuWorker,
    Student,
    RefugeeStatusHolder,
    PartnerOfInternational,
}
