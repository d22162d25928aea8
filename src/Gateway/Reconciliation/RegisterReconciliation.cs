using System.Diagnostics;
using Npgsql;
using Thuiszitters.Gateway.Reconciliation.Persistence;

namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>
/// Reconciles the live register and stores the result: a full run over every person, or an incremental run over the
/// persons a delivery touched (whose result equals what a full run gives for them).
/// </summary>
public sealed class RegisterReconciliation(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public async Task<ReconciliationSummary> RunAsync(DateOnly asOf, IReadOnlyCollection<string>? touchedPersons, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var loader = new RegisterFactsLoader(dataSource);
        var facts = await loader.LoadAsync(cancellationToken);
        var loaded = watch.Elapsed;
        if (touchedPersons is not null)
        {
            var keys = touchedPersons.ToHashSet(StringComparer.Ordinal);
            facts = facts with { Persons = [.. facts.Persons.Where(p => keys.Contains(p.Pgn ?? p.SourceKey!))] };
        }

        var run = ReconciliationRun.Of(facts, asOf);
        var reconciled = watch.Elapsed - loaded;
        var runId = await new ReconciliationStore(dataSource, clock).SaveAsync(run, touchedPersons, cancellationToken);
        return new ReconciliationSummary(
            runId, asOf, run.Pupils.Count,
            run.Pupils.GroupBy(p => Names.Of(p.Status)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            run.Conflicts.GroupBy(c => Names.Of(c.Code)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            loaded, reconciled, watch.Elapsed);
    }
}
