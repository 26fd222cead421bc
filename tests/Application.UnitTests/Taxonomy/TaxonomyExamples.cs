using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.UnitTests.Taxonomy;

internal static class TaxonomyExamples
{
    public static EscoOccupation Welder { get; } = new(
        OccupationUri.FromId("7aedaa07-3884-4c5b-88f9-80997b2aa54b"), IscoCode.Create("7212"), null,
        Labels(("en", "welder"), ("nl", "lasser"), ("pl", "spawacz")));

    public static EscoOccupation Nurse { get; } = new(
        OccupationUri.FromId("8d3e8aaa-791b-4c75-a465-f3f827028f50"), IscoCode.Create("2221"), Sector.Healthcare,
        Labels(("en", "nurse responsible for general care"), ("nl", "algemeen verpleegkundige")));

    public static EscoSkill WeldMetal { get; } = new(
        SkillUri.FromId("00000000-0000-4000-8000-0000000000a1"), "skill/competence", "sector-specific",
        Labels(("en", "weld metal"), ("fr", "souder du métal")));

    public static FakeTaxonomy Taxonomy() => new([Nurse, Welder], [WeldMetal]);

    public static MultilingualLabels Labels(params (string Language, string Preferred)[] labels) =>
        new(labels.ToDictionary(l => TaxonomyLanguage.FromCode(l.Language)!,
            l => new ConceptLabels(l.Preferred, [], [])));
}
