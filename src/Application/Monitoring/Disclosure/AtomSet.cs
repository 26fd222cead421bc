namespace TalentMatch.Application.Monitoring.Disclosure;

/// <summary>The atoms a published count adds up, as a 0/1 vector over the population's atoms.</summary>
internal sealed class AtomSet
{
    private readonly int[] _atoms;

    private AtomSet(int[] atoms, int dimension)
    {
        _atoms = atoms;
        Dimension = dimension;
    }

    public int Dimension { get; }

    public int Count => _atoms.Length;

    public bool IsEmpty => _atoms.Length == 0;

    public IReadOnlyList<int> Atoms => _atoms;

    public static AtomSet Of(IEnumerable<int> atoms, int dimension)
    {
        var sorted = atoms.Distinct().Order().ToArray();
        if (sorted.Length > 0 && (sorted[0] < 0 || sorted[^1] >= dimension))
        {
            throw new ArgumentOutOfRangeException(nameof(atoms), "An atom index is outside the population.");
        }

        return new AtomSet(sorted, dimension);
    }
}
