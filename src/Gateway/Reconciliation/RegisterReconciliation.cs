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
        var watch = Stopwatch.StartNew();
        var loader = new RegisterFactsLoader(dataSource);
        HashSet<string>? scope = null;
        RegisterFacts facts;
        if (touchedIdentifiers is not null && await LastAsOfAsync(cancellationToken) == asOf)
        {
            scope = await IncrementalScope.ExpandAsync(dataSource, touchedIdentifiers, cancellationToken);
            facts = await loader.LoadAsync(scope, cancellationToken);
            var more = await IncrementalScope.LookAlikesAsync(dataSource, facts, scope, cancellationToken);
            if (more.Count > 0)
            {
                scope.UnionWith(more);
                facts = await loader.LoadAsync(scope, cancellationToken);
            }

            scope.UnionWith(facts.Persons.Select(p => p.Pgn ?? p.SourceKey!));
        }
        else
        {
            facts = await loader.LoadAsync(cancellationToken);
        }

        var loaded = watch.Elapsed;
        var run = ReconciliationRun.Of(facts, asOf);
        var reconciled = watch.Elapsed - loaded;
        var runId = await new ReconciliationStore(dataSource, clock).SaveAsync(run, scope, facts, cancellationToken);
        return new ReconciliationSummary(
            runId, asOf, run.Pupils.Count,
            run.Pupils.GroupBy(p => Names.Of(p.Status)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            run.Conflicts.GroupBy(c => Names.Of(c.Code)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            loaded, reconciled, watch.Elapsed)
        {
            Incremental = scope is not null,
        };
    }

    private async Task<DateOnly?> LastAsOfAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT as_of FROM reconciliation_runs WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1");
        return await command.ExecuteScalarAsync(cancellationToken) is DateOnly date ? date : null;
    }
}
