namespace TalentMatch.Tools.Taxonomy.Tests;

/// <summary>A tiny ESCO folder (Fixtures/esco): multi-line quoted labels, doubled quotes, CRLF, a dangling relation.</summary>
internal static class Fixture
{
    public const string Welder = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    public const string Nurse = "8d3e8aaa-791b-4c75-a465-f3f827028f50";
    public const string PipeWelder = "00000000-0000-4000-8000-000000000001";
    public const string WeldMetal = "00000000-0000-4000-8000-0000000000a1";

    public static EscoFolder Source { get; } = new(Path.Combine(AppContext.BaseDirectory, "Fixtures", "esco"));

    public static IReadOnlyList<TsvTable> Derive() => TaxonomyDerivation.Derive(Source, new DerivationReport());

    public static TsvTable Table(this IReadOnlyList<TsvTable> tables, string fileName) =>
        tables.Single(t => t.FileName == fileName);
}
