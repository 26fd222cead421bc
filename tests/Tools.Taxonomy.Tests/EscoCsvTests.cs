namespace TalentMatch.Tools.Taxonomy.Tests;

public sealed class EscoCsvTests
{
    [Fact]
    public void Read_MultiLineQuotedField_KeepsOneRecordPerConcept()
    {
        var rows = Fixture.Source.ReadRequired("occupations_en.csv");

        rows.Count.ShouldBe(3);
        rows[0]["preferredLabel"].ShouldBe("welder");
        rows[0]["altLabels"].Split('\n').Length.ShouldBe(6);
        rows[0]["code"].ShouldBe("7212.1");
    }

    [Fact]
    public void Read_DoubledQuotesAndCommas_Unescaped()
    {
        var welder = Fixture.Source.ReadRequired("occupations_en.csv")[0];

        welder["description"].ShouldBe("Welders join metals, with commas, and \"quotes\".");
    }

    [Fact]
    public void LabelsOf_BlankRepeatedAndSpacedLines_CleanDistinctLabels()
    {
        var welder = Fixture.Source.ReadRequired("occupations_en.csv")[0];

        welder.LabelsOf("altLabels").ShouldBe(["maintenance welder", "arc welder", "welder", "\"hot\" welder"]);
    }

    [Fact]
    public void Read_MissingColumn_ReadsAsEmpty()
    {
        var skill = Fixture.Source.ReadRequired("skills_fr.csv")[0];

        skill["hiddenLabels"].ShouldBeEmpty();
    }

    [Fact]
    public void ReadOptional_FileNotInSource_ReturnsNull() =>
        Fixture.Source.ReadOptional("occupations_pl.csv").ShouldBeNull();

    [Fact]
    public void ReadRequired_FileNotInSource_Throws() =>
        Should.Throw<FileNotFoundException>(() => Fixture.Source.ReadRequired("occupations_xx.csv"));
}
