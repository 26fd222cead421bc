namespace TalentMatch.Tools.Taxonomy;

/// <summary>Where the ESCO CSVs come from: a folder on disk, or text in a test.</summary>
internal interface IEscoSource
{
    /// <summary>The file's text, or null when the source does not have it.</summary>
    TextReader? Open(string fileName);
}
