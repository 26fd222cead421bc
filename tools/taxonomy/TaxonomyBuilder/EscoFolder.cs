using System.Text;

namespace TalentMatch.Tools.Taxonomy;

internal sealed class EscoFolder(string path) : IEscoSource
{
    public string FullPath { get; } = Path.GetFullPath(path);

    public TextReader? Open(string fileName)
    {
        var file = Path.Combine(FullPath, fileName);
        return File.Exists(file) ? new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true) : null;
    }
}
