using TalentMatch.Tools.Taxonomy;

// Usage: dotnet run --project tools/taxonomy/TaxonomyBuilder -- [esco-folder] [output-folder]
// Defaults: ../shared/data/esco and src/Infrastructure/Taxonomy/Data, both relative to the repository root.
if (args is ["-h" or "--help", ..])
{
    Console.WriteLine("build-taxonomy [esco-folder (default ../shared/data/esco)] [output-folder (default src/Infrastructure/Taxonomy/Data)]");
    return 0;
}

var root = RepositoryRoot.Find();
var source = new EscoFolder(args.Length > 0 ? args[0] : Path.Combine(root, "..", "shared", "data", "esco"));
var output = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine(root, "src", "Infrastructure", "Taxonomy", "Data"));
if (!Directory.Exists(source.FullPath))
{
    Console.Error.WriteLine($"ESCO folder not found: {source.FullPath}");
    return 1;
}

Directory.CreateDirectory(output);
var report = new DerivationReport();
var tables = TaxonomyDerivation.Derive(source, report);
foreach (var table in tables)
{
    TsvWriter.WriteFile(table, output);
    var size = new FileInfo(Path.Combine(output, table.FileName)).Length;
    Console.WriteLine($"{table.FileName,-26} {table.Rows.Count,7} rows {size,10:N0} bytes");
}

foreach (var note in report.Notes)
{
    Console.WriteLine($"  {note}");
}

Console.WriteLine($"Wrote {tables.Count} files to {output} from {source.FullPath}.");
return 0;
