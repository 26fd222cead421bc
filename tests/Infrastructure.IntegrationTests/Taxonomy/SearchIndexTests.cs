using TalentMatch.Infrastructure.Taxonomy.Search;

namespace TalentMatch.Infrastructure.IntegrationTests.Taxonomy;

/// <summary>The index on a handful of labels, to pin the scoring rules down apart from the ESCO data.</summary>
public sealed class SearchIndexTests
{
    private const byte English = 0;
    private const byte Dutch = 1;
    private const byte French = 3;

    private static readonly SearchIndex Index = Build();

    [Fact]
    public void Search_ExactPreferredBeatsExactAlternative() =>
        Concepts("welder").ShouldBe([0, 1]);

    [Fact]
    public void Search_GenderedFormAlone_ExactPreferredMatch()
    {
        var hit = Index.Search("soudeuse", English, 5)[0];

        hit.Concept.ShouldBe(0);
        hit.Score.ShouldBe(1f);
        hit.MatchedLabel.ShouldBe("soudeur/soudeuse");
    }

    [Fact]
    public void Search_RequestedLanguage_BreaksATie() =>
        Index.Search("monteur", Dutch, 5).Select(h => h.Concept).ShouldBe([2, 3]);

    [Fact]
    public void Search_OtherLanguage_TieGoesToShorterLabel() =>
        Index.Search("monteur", French, 5).Select(h => h.Concept).ShouldBe([3, 2]);

    [Fact]
    public void Search_CompoundWord_FoundByInfix() =>
        Concepts("verpleegkundige").ShouldBe([4]);

    [Fact]
    public void Search_ZeroLimit_Empty() => Index.Search("welder", English, 0).ShouldBeEmpty();

    private static int[] Concepts(string query) => Index.Search(query, English, 5).Select(h => h.Concept).ToArray();

    private static SearchIndex Build()
    {
        var builder = new SearchIndexBuilder();
        builder.Add(0, English, LabelKind.Preferred, "welder");
        builder.Add(0, French, LabelKind.Preferred, "soudeur/soudeuse");
        builder.Add(1, English, LabelKind.Preferred, "pipe fitter");
        builder.Add(1, English, LabelKind.Alternative, "welder");
        builder.Add(2, Dutch, LabelKind.Preferred, "monteur zonnepanelen");
        builder.Add(3, English, LabelKind.Preferred, "monteur lift");
        builder.Add(4, Dutch, LabelKind.Preferred, "ambulanceverpleegkundige");
        return builder.Build([1f, 1f, 1f, 1f, 1f]);
    }
}
