using Npgsql;

namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// Planner settings for the case reads. They read a few thousand rows at most, by index, but the candidate filter's
/// subplans are costed per pupil of the register, so their estimates pass <c>jit_above_cost</c> and even
/// <c>jit_optimize_above_cost</c>: on a 200,000-pupil region (<c>scripts/cases-bench.sh</c>) JIT compilation took 1.7 s of
/// a 1.9 s count of the overview and 7.7 s of a 9.3 s rebuild of <c>case_people</c>, and nothing of what it compiles runs
/// long enough to pay that back. So JIT is off for these reads: for a connection until it goes back to the pool (whose
/// reset, <c>DISCARD ALL</c>, ends it), or for the rebuild's transaction.
/// </summary>
internal static class CaseReadSettings
{
    /// <summary>For a transaction: the setting ends with it.</summary>
    public const string LocalSql = "SET LOCAL jit = off;";

    /// <summary>Turns JIT off on <paramref name="connection"/>, freshly taken from the pool for one request.</summary>
    public static async Task ApplyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand("SET jit = off", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
