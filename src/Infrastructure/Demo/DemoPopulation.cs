using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Demo;

/// <summary>How permits, languages and registrations are spread over the demo candidates.</summary>
public static class DemoPopulation
{
    public static WorkAuthorisation WorkAuthorisationOf(DemoNationality origin, DemoRandom random) => origin.Group switch
    {
        CandidateGroup.EuWorker => WorkAuthorisation.EuEeaOrSwissCitizen,
        CandidateGroup.KnowledgeMigrant => random.Chance(0.7)
            ? WorkAuthorisation.NeedsSponsorHighlySkilledMigrant : WorkAuthorisation.ResidencePermitFreeAccess,
        CandidateGroup.Student => WorkAuthorisation.StudentWithHoursLimit,
        // People from Ukraine have temporary protection with free access to the labour market.
        CandidateGroup.RefugeeStatusHolder => origin.Country == "UA"
            ? WorkAuthorisation.ResidencePermitFreeAccess : WorkAuthorisation.RefugeeStatusHolder,
        CandidateGroup.PartnerOfInternational => origin.Country is "FR" ? WorkAuthorisation.EuEeaOrSwissCitizen
            : WorkAuthorisation.ResidencePermitFreeAccess,
        _ => WorkAuthorisation.Other,
    };

    public static IReadOnlyList<LanguageSkill> LanguagesOf(DemoNationality origin, DemoRandom random)
    {
        var languages = new List<LanguageSkill> { new(LanguageCode.Create(origin.MotherTongue), CefrLevel.C2) };
        if (origin.MotherTongue != "en")
        {
            var english = origin.Group is CandidateGroup.KnowledgeMigrant or CandidateGroup.Student
                ? random.Pick([CefrLevel.B2, CefrLevel.C1]) : random.Pick([CefrLevel.A2, CefrLevel.B1, CefrLevel.B2]);
            languages.Add(new(LanguageCode.English, english));
        }

        // Status holders follow the civic integration programme; others start Dutch after arriving.
        var dutch = origin.Group == CandidateGroup.RefugeeStatusHolder
            ? random.Pick([CefrLevel.A2, CefrLevel.B1, CefrLevel.B1, CefrLevel.B2])
            : random.Pick([CefrLevel.A1, CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2]);
        if (random.Chance(0.85))
        {
            languages.Add(new(LanguageCode.Dutch, dutch));
        }

        return languages;
    }

    public static BigRegistrationStatus BigStatusFor(EscoOccupation occupation, DemoRandom random) =>
        occupation.Sector == Sector.Healthcare && occupation.IscoCode.Value.StartsWith("22", StringComparison.Ordinal)
            ? random.Pick([BigRegistrationStatus.NotRegistered, BigRegistrationStatus.InProgress, BigRegistrationStatus.Registered])
            : BigRegistrationStatus.NotApplicable;

    public static IReadOnlyList<CertificateCode> CertificatesFor(Sector sector, DemoRandom random) => sector.Code switch
    {
        "construction" => random.Chance(0.5) ? [CertificateCode.Create("VCA-BASIS")] : [],
        "energy_transition" => random.Chance(0.3) ? [CertificateCode.Create("NEN3140")]
            : random.Chance(0.2) ? [CertificateCode.Create("F-GASSEN")] : [],
        _ => random.Chance(0.4) ? [CertificateCode.Create("VOG")] : [],
    };
}
