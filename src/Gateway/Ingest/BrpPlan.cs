using System.Globalization;
using Npgsql;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>A BRP extract is a full snapshot of a gemeente's residents: a newer one replaces them, an older one is superseded.</summary>
internal sealed class BrpPlan(BrpHeader header) : IDeliveryPlan
{
    private bool replacesEarlier;

    public string Owner { get; } = header.Gemeente.Value;

    public DateOnly FileDate => header.ExtractDate;

    public long? BatchNumber => null;

    public string? BatchType => null;

    public NpgsqlBatchCommand StateCommand() =>
        Sql.Command("SELECT extract_date FROM brp_state WHERE gemeente = @gemeente FOR UPDATE", Sql.Parameter("gemeente", Owner));

    public async Task<NotApplied?> CheckAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var applied = await Sql.ScalarAsync<DateOnly>(reader, cancellationToken);
        replacesEarlier = applied is not null;
        return applied is { } date && date >= header.ExtractDate
            ? new NotApplied(
                DeliveryOutcomes.Superseded,
                string.Create(CultureInfo.InvariantCulture, $"extract of {header.ExtractDate:yyyy-MM-dd} is not newer than the applied extract of {date:yyyy-MM-dd} for gemeente {Owner}; not applied"))
            : null;
    }

    public Task<string?> PrepareAsync(NpgsqlConnection connection, bool bulk, CancellationToken cancellationToken) =>
        OwnerSnapshot.ClearEarlierAsync(connection, "residents", "gemeente", Owner, replacesEarlier, bulk, cancellationToken);

    public FactTarget? TargetFor(SourceRecord record) => record is ResidentRecord
        ? FactTarget.Direct(FactTables.Residents)
        : throw UnexpectedRecord.For(record, "BRP");

    public Task FinishAsync(NpgsqlConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public NpgsqlBatchCommand RecordStateCommand(long deliveryId) =>
        Sql.Command(
            """
            INSERT INTO brp_state (gemeente, extract_date, delivery_id)
            VALUES (@gemeente, @date, @delivery)
            ON CONFLICT (gemeente) DO UPDATE SET extract_date = excluded.extract_date, delivery_id = excluded.delivery_id
            """,
            Sql.Parameter("gemeente", Owner),
            Sql.Parameter("date", header.ExtractDate),
            Sql.Parameter("delivery", deliveryId));
}
