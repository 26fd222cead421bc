using System.IO.Compression;
using System.Text;

namespace TalentMatch.Tools.Taxonomy.Tests;

public sealed class TsvWriterTests
{
    [Fact]
    public void Write_SameTablesTwice_IdenticalBytes()
    {
        foreach (var table in Fixture.Derive())
        {
            Bytes(table).ShouldBe(Bytes(Fixture.Derive().Table(table.FileName)), table.FileName);
        }
    }

    [Fact]
    public void Write_GzName_GzipOfTabSeparatedLines()
    {
        var table = new TsvTable("x.tsv.gz", ["id", "label"], [["1", "één"]]);

        using var gzip = new GZipStream(new MemoryStream(Bytes(table)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        reader.ReadToEnd().ShouldBe("id\tlabel\n1\téén\n");
    }

    [Fact]
    public void Write_PlainName_Utf8WithoutBom() =>
        Bytes(new TsvTable("x.tsv", ["a"], [["é"]])).ShouldBe("a\né\n"u8.ToArray());

    [Fact]
    public void Write_RowWithTab_Throws() =>
        Should.Throw<InvalidDataException>(() => Bytes(new TsvTable("x.tsv", ["a"], [["b\tc"]])));

    private static byte[] Bytes(TsvTable table)
    {
        using var stream = new MemoryStream();
        TsvWriter.Write(table, stream);
        return stream.ToArray();
    }
}
