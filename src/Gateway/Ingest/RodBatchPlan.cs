using System.Globalization;
using System.Text;
using Npgsql;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// A DUO/ROD batch. A complete (C) batch replaces everything earlier batches of the recipient said and is copied
/// straight into the register tables. A partial (P) batch must be the next number; it is staged, then merged:
/// each record replaces its predecessor with the same key, and an <c>INS</c> with mutation <c>V</c> removes it.
/// </summary>
internal sealed class RodBatchPlan(RodBatchHeader header) : IDeliveryPlan
{
    private static readonly RodMerge[] Merges =
    [
        new(FactTables.RodPersons, ["pgn"], null),
        new(FactTables.RodEnrolments, ["pgn", "school", "volgnummer"], "mutatie <> 'V'"),
        new(FactTables.Verzuimmeldingen, ["meldingsnummer"], null),
        new(FactTables.Vrijstellingen, ["pgn", "artikel", "begin_date"], null),
        new(FactTables.PgnLinks, ["bsn", "onderwijsnummer"], null),
    ];

    private bool bulk;

    private bool IsComplete => header.Type == RodBatchType.Complete;

    public string Owner => header.Recipient;

    public DateOnly FileDate => header.Created;

    public long? BatchNumber => header.BatchNumber;

    public string? BatchType => IsComplete ? "C" : "P";

    public NpgsqlBatchCommand StateCommand() =>
        Sql.Command("SELECT last_batch_number FROM rod_batch_state WHERE recipient = @recipient FOR UPDATE", Sql.Parameter("recipient", Owner));

    public async Task<NotApplied?> CheckAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var last = await Sql.ScalarAsync<long>(reader, cancellationToken);
        var number = header.BatchNumber;
        if (last is { } applied && number <= applied)
        {
            return new NotApplied(
                DeliveryOutcomes.BatchAlreadyApplied,
                Text($"batch {number} of {Owner} was already applied (last applied batch is {applied}); nothing changed"));
        }

        if (IsComplete)
        {
            return null;
        }

        if (last is null)
        {
            return new NotApplied(
                DeliveryOutcomes.BatchGap,
                Text($"partial batch {number} of {Owner} has no complete batch before it; nothing applied: request a new complete (C) delivery from DUO"));
        }

        if (number == last + 1)
        {
            return null;
        }

        var missing = number - last == 2 ? Text($"batch {last + 1} is missing") : Text($"batches {last + 1} to {number - 1} are missing");
        return new NotApplied(
            DeliveryOutcomes.BatchGap,
            Text($"partial batch {number} of {Owner} does not follow the last applied batch {last}: {missing}; nothing applied: request a new complete (C) delivery from DUO"));
    }

    public async Task<string?> PrepareAsync(NpgsqlConnection connection, bool bulk, CancellationToken cancellationToken)
    {
        this.bulk = bulk;
        var sql = new StringBuilder();
        foreach (var merge in Merges)
        {
            var table = merge.Table.Name;
            sql.AppendLine(IsComplete
                ? $"DELETE FROM {table} WHERE recipient = @recipient;"
                : $"CREATE TEMP TABLE {FactTarget.StagingName(merge.Table)} (LIKE {table} INCLUDING DEFAULTS) ON COMMIT DROP;");
        }

        await Sql.ExecuteAsync(connection, sql.ToString(), cancellationToken, Sql.Parameter("recipient", Owner));
        return null;
    }

    public FactTarget? TargetFor(SourceRecord record)
    {
        var table = record switch
        {
            RodPersonRecord => FactTables.RodPersons,
            RodEnrolmentRecord => FactTables.RodEnrolments,
            RodReportRecord => FactTables.Verzuimmeldingen,
            RodExemptionRecord => FactTables.Vrijstellingen,
            RodLinkRecord => FactTables.PgnLinks,
            _ => throw UnexpectedRecord.For(record, "ROD"),
        };

        if (!IsComplete)
        {
            return FactTarget.Staged(table);
        }

        // A complete batch is the whole state: a removal in it removes nothing that could still be there.
        return record is RodEnrolmentRecord { Mutatie: 'V' } ? null : FactTarget.Direct(table);
    }

    public async Task FinishAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (IsComplete && bulk)
        {
            await RefuseRepeatedKeysAsync(connection, cancellationToken);
        }

        if (!IsComplete)
        {
            var sql = new StringBuilder();
            foreach (var merge in Merges)
            {
                merge.AppendSql(sql);
            }

            await Sql.ExecuteAsync(connection, sql.ToString(), cancellationToken);
        }
    }

    public NpgsqlBatchCommand RecordStateCommand(long deliveryId) =>
        Sql.Command(
            """
            INSERT INTO rod_batch_state (recipient, last_batch_number, last_delivery_id)
            VALUES (@recipient, @number, @delivery)
            ON CONFLICT (recipient) DO UPDATE SET last_batch_number = excluded.last_batch_number, last_delivery_id = excluded.last_delivery_id
            """,
            Sql.Parameter("recipient", Owner),
            Sql.Parameter("number", header.BatchNumber),
            Sql.Parameter("delivery", deliveryId));

    /// <summary>
    /// In a bulk ingest the tables have no keys to refuse a complete batch that lists a key twice; one grouping pass per
    /// table over the recipient's rows does it instead, in the delivery's transaction.
    /// </summary>
    private async Task RefuseRepeatedKeysAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var merge in Merges)
        {
            var table = merge.Table.Name;
            var repeated = await Sql.ScalarAsync<int>(
                connection,
                $"SELECT 1 FROM {table} WHERE recipient = @recipient GROUP BY {string.Join(", ", merge.Key)} HAVING count(*) > 1 LIMIT 1",
                cancellationToken,
                Sql.Parameter("recipient", Owner));
            if (repeated is not null)
            {
                throw new RepeatedKeyException("pk_" + table, table);
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
