namespace TalentMatch.Tools.Taxonomy;

/// <summary>What the derivation noticed (coverage, skipped rows), printed after a run.</summary>
internal sealed class DerivationReport
{
    private readonly List<string> _notes = [];

    public IReadOnlyList<string> Notes => _notes;

    public void Note(string note) => _notes.Add(note);
}
