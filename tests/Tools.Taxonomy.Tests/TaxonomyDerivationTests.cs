namespace TalentMatch.Tools.Taxonomy.Tests;

public sealed class TaxonomyDerivationTests
{
    [Fact]
    public void Derive_Occupations_SortedByIdWithIscoCode()
    {
        var occupations = Fixture.Derive().Table(TaxonomyFiles.Occupations);

        occupations.Rows.Select(r => r[0]).ShouldBe([Fixture.PipeWelder, Fixture.Welder, Fixture.Nurse]);
        occupations.Rows[1][1].ShouldBe("7212");
    }

    [Fact]
    public void Derive_OccupationLabels_OneRowPerLanguageWithPipeJoinedAlternatives()
    {
        var labels = Fixture.Derive().Table(TaxonomyFiles.OccupationLabels).Rows
            .Where(r => r[0] == Fixture.Welder).ToList();

        labels.Select(r => r[1]).ShouldBe(["en", "nl"]);
        labels[0].ShouldBe([Fixture.Welder, "en", "welder", "maintenance welder|arc welder|\"hot\" welder", "weldr"]);
        labels[1].ShouldBe([Fixture.Welder, "nl", "lasser", "gaslasser|lasster", ""]);
    }

    [Fact]
    public void Derive_LanguageFileConceptNotInEnglish_LeftOut() =>
        Fixture.Derive().Table(TaxonomyFiles.OccupationLabels).Rows
            .ShouldNotContain(r => r[0].StartsWith("99999999", StringComparison.Ordinal));

    [Fact]
    public void Derive_RelationToUnknownOccupation_Skipped()
    {
        var relations = Fixture.Derive().Table(TaxonomyFiles.OccupationSkills).Rows;

        relations.Count.ShouldBe(3);
        relations[0].ShouldBe([Fixture.Welder, "essential", Fixture.WeldMetal]);
    }

    [Fact]
    public void Derive_Broader_OnlyOccupationToOccupationBetweenKnownOccupations() =>
        Fixture.Derive().Table(TaxonomyFiles.OccupationBroader).Rows.ShouldBe([[Fixture.PipeWelder, Fixture.Welder]]);

    [Fact]
    public void Derive_IscoGroups_SortedByCodeWithEmptyMissingLabels()
    {
        var groups = Fixture.Derive().Table(TaxonomyFiles.IscoGroups);

        groups.Header.ShouldBe(["code", "en", "nl", "pl"]);
        groups.Rows.Select(r => r[0]).ShouldBe(["7", "72", "7212"]);
        groups.Rows[2].ShouldBe(["7212", "Welders and flamecutters", "Lassers en snijders", ""]);
    }

    [Fact]
    public void Derive_Sectors_ByOccupationId() =>
        Fixture.Derive().Table(TaxonomyFiles.OccupationSectors).Rows.ShouldBe([[Fixture.Nurse, "healthcare"]]);

    [Fact]
    public void Derive_SkillLabels_FrenchWhereAvailable() =>
        Fixture.Derive().Table(TaxonomyFiles.SkillLabels).Rows.Select(r => $"{r[1]}:{r[2]}")
            .ShouldBe(["en:weld metal", "fr:souder du métal", "en:health and safety"]);
}
