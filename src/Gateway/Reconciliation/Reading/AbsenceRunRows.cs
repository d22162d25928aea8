using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// The days of an <c>absence_runs</c> row as facts, one per array element, each with its own line. The arrays are read
/// into buffers of this reader's, reused row after row.
/// </summary>
internal sealed class AbsenceRunRows
{
    private readonly List<DateOnly> _dates = [];
    private readonly List<decimal> _hours = [];
    private readonly List<short> _codes = [];

    /// <summary>Adds the row's days to <paramref name="into"/>. Columns from <paramref name="at"/>: school, dates, hours, codes, delivery_id, line.</summary>
    public void Add<TRow>(TRow r, int at, StringPool pool, List<AbsenceFact> into)
        where TRow : IFactRow
    {
        var school = r.Pooled(at, pool);
        r.Dates(at + 1, _dates);
        r.Decimals(at + 2, _hours);
        r.Int16s(at + 3, _codes);
        if (_hours.Count != _dates.Count || _codes.Count != _dates.Count)
        {
            throw new InvalidDataException("an absence run whose dates, hours and codes differ in number");
        }

        var (delivery, line) = (r.Int64(at + 4), r.Int64(at + 5));
        for (var i = 0; i < _dates.Count; i++)
        {
            into.Add(new AbsenceFact(school, _dates[i], _hours[i], AbsenceCodes.IsUnauthorised(_codes[i]), new Provenance(delivery, line + i)));
        }
    }
}
