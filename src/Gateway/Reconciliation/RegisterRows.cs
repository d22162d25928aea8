using Npgsql;
using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>Facts read from rows whose columns start at a given ordinal (shared by the per-bucket and the no-PGN reads).</summary>
internal static class RegisterRows
{
    /// <summary>Columns: school, start_date, end_date, reden, plan, regiehouder, gemeld_op, delivery_id, line.</summary>
    public static RegistrationFact Registration(NpgsqlDataReader r, int at, StringPool pool) => new(
        pool.Get(r, at), r.Date(at + 1)!.Value, r.Date(at + 2), r.GetBoolean(at + 4), r.Str(at + 5), r.Date(at + 6)!.Value,
        pool.Get(r, at + 3), new Provenance(r.GetInt64(at + 7), r.GetInt64(at + 8)));

    /// <summary>Columns: school, date, hours, code, delivery_id, line.</summary>
    public static AbsenceFact Absence(NpgsqlDataReader r, int at, StringPool pool) => new(
        pool.Get(r, at), r.Date(at + 1)!.Value, r.GetDecimal(at + 2), r.GetString(at + 3) is "ONGEOORLOOFD" or "LUXE" or "Ongeoorloofd" or "Luxe",
        new Provenance(r.GetInt64(at + 4), r.GetInt64(at + 5)));
}
