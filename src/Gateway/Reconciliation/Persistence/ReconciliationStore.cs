using Npgsql;
using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Persistence;

/// <summary>
/// Writes a reconciliation into the register in one transaction: the pupils' states, and the conflicts merged by their
/// stable identity (new ones raised, known ones kept, vanished ones resolved with when and why; dismissed ones stay
/// dismissed). An incremental run touches only the given persons (and recomputes the register-wide codes).
/// </summary>
public sealed class ReconciliationStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>Whether the run appends to the feed's change log (see <see cref="RegisterReconciliation.ChangeLog"/>).</summary>
    internal bool ChangeLog { get; init; } = true;

    /// <summary>Stores a run without the identity keys and region of its facts (for callers that build runs by hand).</summary>
    public Task<long> SaveAsync(ReconciliationRun run, IReadOnlyCollection<string>? touchedPersons, CancellationToken cancellationToken) =>
        SaveAsync(run, touchedPersons, new RegisterFacts([], RegionFacts.Empty, []), cancellationToken);

    /// <param name="run">The reconciled persons.</param>
    /// <param name="touchedPersons">null for a full run; else the person keys (PGN or source key) reconciled again. Persons
    /// without a PGN are always all reconciled again.</param>
    /// <param name="facts">The facts the run came from: its name keys and region are stored for the next incremental run.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is stored then.</param>
    public async Task<long> SaveAsync(ReconciliationRun run, IReadOnlyCollection<string>? touchedPersons, RegisterFacts facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(run);
        await using var session = await BeginAsync(run.AsOf, touchedPersons, cancellationToken);
        await session.WriteAsync(run.Pupils, run.Conflicts, facts.NameKeys, cancellationToken);
        await session.CompleteAsync(facts.Region, cancellationToken);
        return session.RunId;
    }

    /// <summary>Starts writing a run batch by batch (see <see cref="StoreSession"/>).</summary>
    internal Task<StoreSession> BeginAsync(DateOnly asOf, IReadOnlyCollection<string>? touchedPersons, CancellationToken cancellationToken) =>
        StoreSession.BeginAsync(dataSource, clock, asOf, touchedPersons, ChangeLog, cancellationToken);
}
