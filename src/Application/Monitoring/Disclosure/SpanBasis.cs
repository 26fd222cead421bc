namespace TalentMatch.Application.Monitoring.Disclosure;

/// <summary>
/// An echelon basis of the shown counts' vectors, modulo the prime 2^61 − 1, answering "is this vector a linear
/// combination of them, and of which?" — i.e. can the count be worked out from the shown ones, and from which. Working
/// modulo a large prime keeps the arithmetic exact and small; a combination over the rationals is also one modulo the
/// prime (unless the prime divides its denominators, which for 0/1 vectors of this size does not happen in practice),
/// and a false "yes" only hides more.
/// </summary>
internal sealed class SpanBasis(int dimension, int sources)
{
    private const ulong Prime = (1UL << 61) - 1;

    private readonly Dictionary<int, (ulong[] Row, ulong[] Combination)> _byPivot = [];

    /// <summary>Adds the vector of count <paramref name="source"/>.</summary>
    public void Add(AtomSet vector, int source)
    {
        var combination = new ulong[sources];
        combination[source] = 1;
        var row = Reduce(Dense(vector), combination);
        if (FirstNonZero(row) is { } pivot)
        {
            var inverse = Inverse(row[pivot]);
            Scale(row, inverse);
            Scale(combination, inverse);
            _byPivot[pivot] = (row, combination);
        }
    }

    /// <summary>The counts whose combination gives <paramref name="vector"/>, or null when none does.</summary>
    public IReadOnlyList<int>? CombinationOf(AtomSet vector)
    {
        var combination = new ulong[sources];
        var residual = Reduce(Dense(vector), combination);
        return FirstNonZero(residual) is null
            ? [.. Enumerable.Range(0, sources).Where(s => combination[s] != 0)]
            : null;
    }

    /// <summary>Eliminates the basis from <paramref name="row"/>; <paramref name="combination"/> collects what was taken out.</summary>
    private ulong[] Reduce(ulong[] row, ulong[] combination)
    {
        for (var j = 0; j < dimension; j++)
        {
            if (row[j] != 0 && _byPivot.TryGetValue(j, out var basis))
            {
                var factor = row[j];
                SubtractScaled(row, basis.Row, factor, j);
                SubtractScaled(combination, basis.Combination, factor, 0);
            }
        }

        return row;
    }

    private ulong[] Dense(AtomSet vector)
    {
        var row = new ulong[dimension];
        foreach (var atom in vector.Atoms)
        {
            row[atom] = 1;
        }

        return row;
    }

    private static void SubtractScaled(ulong[] target, ulong[] source, ulong factor, int from)
    {
        for (var k = from; k < target.Length; k++)
        {
            if (source[k] != 0)
            {
                target[k] = Subtract(target[k], Multiply(factor, source[k]));
            }
        }
    }

    private static void Scale(ulong[] values, ulong factor)
    {
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = Multiply(values[k], factor);
        }
    }

    private static int? FirstNonZero(ulong[] row)
    {
        var index = Array.FindIndex(row, v => v != 0);
        return index < 0 ? null : index;
    }

    private static ulong Multiply(ulong a, ulong b) => (ulong)((UInt128)a * b % Prime);

    private static ulong Subtract(ulong a, ulong b) => a >= b ? a - b : a + Prime - b;

    private static ulong Inverse(ulong a)
    {
        // Fermat: a^(p-2) mod p.
        ulong result = 1, power = a, exponent = Prime - 2;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
            {
                result = Multiply(result, power);
            }

            power = Multiply(power, power);
            exponent >>= 1;
        }

        return result;
    }
}
