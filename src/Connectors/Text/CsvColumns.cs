namespace Thuiszitters.Connectors.Text;

/// <summary>
/// Maps a CSV header row onto the columns a format requires: names compared case-insensitively, in any order,
/// unknown extra columns ignored (even when repeated); a missing or repeated required column breaks the contract.
/// </summary>
internal sealed class CsvColumns
{
    private readonly int[] indexes;

    private CsvColumns(int[] indexes, int width)
    {
        this.indexes = indexes;
        Width = width;
    }

    /// <summary>Number of fields every row must have: the header's.</summary>
    public int Width { get; }

    /// <summary>Field index in the row of required column <paramref name="column"/> (its position in the names passed to <see cref="Bind"/>).</summary>
    public int this[int column] => indexes[column];

    public static CsvColumns Bind(DelimitedTokenizer header, IReadOnlyList<string> required)
    {
        var indexes = new int[required.Count];
        Array.Fill(indexes, -1);
        for (var i = 0; i < header.FieldCount; i++)
        {
            var name = header[i].Trim();
            for (var c = 0; c < required.Count; c++)
            {
                if (!name.Equals(required[c], StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // Named by the spec's spelling, never by the text found: a data row taken for a header holds personal data.
                if (indexes[c] >= 0)
                {
                    throw new ContractViolationException(header.Line, required[c], $"column '{required[c]}' appears twice in the header");
                }

                indexes[c] = i;
            }
        }

        for (var c = 0; c < required.Count; c++)
        {
            if (indexes[c] < 0)
            {
                throw new ContractViolationException(header.Line, required[c], $"required column '{required[c]}' is missing from the header");
            }
        }

        return new CsvColumns(indexes, header.FieldCount);
    }
}
