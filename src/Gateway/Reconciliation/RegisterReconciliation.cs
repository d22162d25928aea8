using System.Diagnostics;
using Npgsql;
using Thuiszitters.Gateway.Reconciliation.Persistence;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// Reconciles the live register and stores the result: a full run over every person, or an incremental run over the
/// persons a delivery touched, whose result equals what a full run gives.
/// </summary>
/// <remarks>
/// An incremental run reads the touched identifiers, their KOP partners, every pupil of a school whose ROD coverage or
/// export status changed, and the look-alikes (same birth date and surname, before and after) of all of them, so that
/// identity matching and POSSIBLE_DUPLICATE_PERSON see what a full run sees. It falls back to a full run when the
/// reference date differs from the previous run's.
/// </remarks>
public sealed class RegisterReconciliation(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public Task<ReconciliationSummary> RunAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        RunAsync(asOf, null, cancellationToken);

    /// <param name="asOf">The reference date.</param>
    /// <param name="touchedIdentifiers">null for a full run; else the BSNs and onderwijsnummers a delivery touched.</param>
    /// <param name="cancellationToken">Cancels the run; nothing is stored then.</param>
    public async Task<ReconciliationSummary> RunAsync(DateOnly asOf, IReadOnlyCollection<string>? touchedIdentifiers, CancellationToken cancellationToken)
    {
        // An ingest that died in bulk mode left the fact tables without their indexes: the reads need them.
        await Ingest.FactIndexes.RestoreAsync(dataSource, cancellationToken);
        if (touchedIdentifiers is null || await LastAsOfAsync(cancellationToken) != asOf)
        {
            return await FullAsync(asOf, cancellationToken);
        }

        var watch = Stopwatch.StartNew();
        var loader = new RegisterFactsLoader(dataSource);
        HashSet<string> scope;
        RegisterFacts facts;
        await using (var ids = await ScopeIds.OpenAsync(dataSource, touchedIdentifiers, cancellationToken))
        {
            var searched = await IncrementalScope.ExpandAsync(ids, cancellationToken);
            facts = await loader.LoadAsync(ids, cancellationToken);
            if (await IncrementalScope.AddLookAlikesAsync(ids, facts, searched, cancellationToken) > 0)
            {
                facts = await loader.LoadAsync(ids, cancellationToken);
            }

            scope = ids.Ids;
        }

        scope.UnionWith(facts.Persons.Select(p => p.Pgn ?? p.SourceKey!));
        var loaded = watch.Elapsed;
        var run = ReconciliationRun.Of(facts, asOf);
        var reconciled = watch.Elapsed - loaded;
        var runId = await new ReconciliationStore(dataSource, clock).SaveAsync(run, scope, facts, cancellationToken);
        var tally = new RunTally();
        tally.Add(run.Pupils, run.Conflicts);
        return tally.Summary(runId, asOf, loaded, reconciled, watch.Elapsed) with { Incremental = true };
    }

    /// <summary>
    /// Every person, bucket by bucket: a bucket is reconciled and copied into the register while the next one is read,
    /// so only about two buckets are in memory at once. Load time is what the reads took on their own.
    /// </summary>
    private async Task<ReconciliationSummary> FullAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var tally = new RunTally();
        var rules = TimeSpan.Zero;
        var store = TimeSpan.Zero;
        await using var session = await new ReconciliationStore(dataSource, clock).BeginAsync(asOf, null, cancellationToken);
        var register = await new RegisterFactsLoader(dataSource).StreamAsync(null, null, async (batch, token) =>
        {
            var started = watch.Elapsed;
            var outcomes = await Task.Run(() => ReconciliationRun.ReconcileAll(batch.Persons, batch.Region, asOf), token);
            var reconciled = watch.Elapsed;
            var fresh = await session.WriteAsync(outcomes, outcomes.SelectMany(p => p.Conflicts), batch.NameKeys, token);
            tally.Add(outcomes, fresh);
            rules += reconciled - started;
            store += watch.Elapsed - reconciled;
        }, cancellationToken);
        var storing = watch.Elapsed;
        tally.Add([], await session.WriteAsync([], register.RegisterConflicts, [], cancellationToken));
        await session.CompleteAsync(register.Region, cancellationToken);
        store += watch.Elapsed - storing;
        var total = watch.Elapsed;
        return tally.Summary(session.RunId, asOf, total - rules - store, rules, total);
    }

    private async Task<DateOnly?> LastAsOfAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT as_of FROM reconciliation_runs WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1");
        return await command.ExecuteScalarAsync(cancellationToken) is DateOnly date ? date : null;
    }
}
