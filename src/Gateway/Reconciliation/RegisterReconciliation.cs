using System.Diagnostics;
using Npgsql;
using Thuiszitters.Gateway.Reconciliation.Identity;
using Thuiszitters.Gateway.Reconciliation.Persistence;
using Thuiszitters.Gateway.Reconciliation.Reading;

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
    /// <summary>Outcomes copied into the register at a time by a full run (one COPY each of states and name keys).</summary>
    internal const int PersonsPerWrite = 50_000;

    /// <summary>
    /// Whether the run appends to the leerplicht feed's change log (always, in the product). Off only in the benchmark,
    /// which measures a full run with and without it on the same register.
    /// </summary>
    internal bool ChangeLog { get; init; } = true;

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
        var runId = await new ReconciliationStore(dataSource, clock) { ChangeLog = ChangeLog }.SaveAsync(run, scope, facts, cancellationToken);
        var tally = new RunTally();
        tally.Add(run.Pupils, run.Conflicts);
        return tally.Summary(runId, asOf, loaded, reconciled, watch.Elapsed) with { Incremental = true };
    }

    /// <summary>
    /// Every person, batch by batch: a batch is reconciled while the next one is built, and the outcomes are copied into
    /// the register in the background, <see cref="PersonsPerWrite"/> at a time, while the following batches are built and
    /// reconciled. Rules is the time the rules took (overlapping the build of the next batch), store the time the run
    /// waited for the register (a write still going, the final merge and index builds), load the rest.
    /// </summary>
    private async Task<ReconciliationSummary> FullAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var tally = new RunTally();
        var rules = TimeSpan.Zero;
        var store = TimeSpan.Zero;
        await using var session = await new ReconciliationStore(dataSource, clock) { ChangeLog = ChangeLog }.BeginAsync(asOf, null, cancellationToken);
        var outcomes = new List<PupilOutcome>();
        var nameKeys = new List<PersonNameKey>();
        var writing = Task.CompletedTask;
        async Task FlushAsync(CancellationToken token)
        {
            var waiting = watch.Elapsed;
            await writing;
            store += watch.Elapsed - waiting;
            var (pupils, keys) = (outcomes, nameKeys);
            (outcomes, nameKeys) = ([], []);
            writing = Task.Run(
                async () => tally.Add(pupils, await session.WriteAsync(pupils, pupils.SelectMany(p => p.Conflicts), keys, token)), token);
        }

        try
        {
            var register = await new RegisterFactsLoader(dataSource).StreamAsync(null, null, async (batch, token) =>
            {
                var started = watch.Elapsed;
                outcomes.AddRange(await Task.Run(() => ReconciliationRun.ReconcileAll(batch.Persons, batch.Region, asOf), token));
                nameKeys.AddRange(batch.NameKeys);
                rules += watch.Elapsed - started;
                if (outcomes.Count >= PersonsPerWrite)
                {
                    await FlushAsync(token);
                }
            }, cancellationToken);
            await FlushAsync(cancellationToken);
            var storing = watch.Elapsed;
            await writing;
            tally.Add([], await session.WriteAsync([], register.RegisterConflicts, [], cancellationToken));
            await session.CompleteAsync(register.Region, cancellationToken);
            store += watch.Elapsed - storing;
        }
        finally
        {
            // A failed run must not leave a write going on the session's connection while it is disposed.
            await writing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        var total = watch.Elapsed;
        return tally.Summary(session.RunId, asOf, total - rules - store, rules, total);
    }

    private async Task<DateOnly?> LastAsOfAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT as_of FROM reconciliation_runs WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1");
        return await command.ExecuteScalarAsync(cancellationToken) is DateOnly date ? date : null;
    }
}
