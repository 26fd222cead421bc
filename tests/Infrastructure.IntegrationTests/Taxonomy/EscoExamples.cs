using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.IntegrationTests.Taxonomy;

/// <summary>Concepts the tests look for, by their ESCO URI (from occupations_en.csv v1.1.1).</summary>
internal static class EscoExamples
{
    public static OccupationUri Welder { get; } = OccupationUri.FromId("7aedaa07-3884-4c5b-88f9-80997b2aa54b");

    public static OccupationUri SolarEnergyEngineer { get; } = OccupationUri.FromId("42dbb769-4c91-47dc-bd16-ec8e70c4180f");

    public static OccupationUri GeneralNurse { get; } = OccupationUri.FromId("8d3e8aaa-791b-4c75-a465-f3f827028f50");

    public static SkillUri Python { get; } = SkillUri.FromId("ccd0a1d9-afda-43d9-b901-96344886e14d");
}
