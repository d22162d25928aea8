using Npgsql;
using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>Facts read from rows whose columns start at a given ordinal (shared by the per-bucket and the no-PGN reads).</summary>
internal static class RegisterRows
{
    /// <summary>Columns: school, start_date, end_date, reden, plan, regiehouder, gemeld_op, delivery_id, line.</summary>
    public static RegistrationFact Registration(NpgsqlDataReader r, int at, StringPool pool) => Registration(new DataReaderRow(r), at, pool);

    /// <inheritdoc cref="Registration(NpgsqlDataReader, int, StringPool)"/>
    public static RegistrationFact Registration<TRow>(TRow r, int at, StringPool pool)
        where TRow : IFactRow => new(
        r.Pooled(at, pool), r.Date(at + 1), r.DateOrNull(at + 2), r.Boolean(at + 4), r.Str(at + 5), r.Date(at + 6),
        r.Pooled(at + 3, pool), new Provenance(r.Int64(at + 7), r.Int64(at + 8)));
}
