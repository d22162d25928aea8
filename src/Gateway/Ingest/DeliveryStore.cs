using Npgsql;
using NpgsqlTypes;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>Reads and writes <c>deliveries</c> and <c>rejected_files</c> rows.</summary>
internal static class DeliveryStore
{
    private const string Columns =
        "file_name, sha256, kind, owner, file_date, batch_number, batch_type, received_at, outcome, reason, error_line, error_field, record_count, quarantined_count";

    /// <summary>The parameters <see cref="AddParameters"/> adds, in <see cref="Columns"/> order.</summary>
    private const string Values =
        "@file_name, @sha256, @kind, @owner, @file_date, @batch_number, @batch_type, @received_at, @outcome, @reason, @error_line, @error_field, @record_count, @quarantined_count";

    /// <summary>
    /// The delivery that applied or refused this file (same name, same bytes) before, if any. Equal bytes under another
    /// name are another delivery: two schools' empty exports are byte-identical, and neither may swallow the other.
    /// </summary>
    /// <remarks>The query, for a batch: it returns the earlier delivery's id, file name and outcome, or no row.</remarks>
    public static NpgsqlBatchCommand FindFinalCommand(string fileName, string sha256)
    {
        var command = new NpgsqlBatchCommand(
            $"SELECT id, file_name, outcome FROM deliveries WHERE sha256 = @sha AND file_name = @name AND outcome IN ('{DeliveryOutcomes.Applied}', '{DeliveryOutcomes.Rejected}') ORDER BY id LIMIT 1");
        command.Parameters.Add(Sql.Parameter("sha", sha256));
        command.Parameters.Add(Sql.Parameter("name", fileName));
        return command;
    }

    /// <summary>The statement that inserts the row under <paramref name="id"/>, for a batch.</summary>
    public static NpgsqlBatchCommand InsertCommand(long id, DeliveryRow row)
    {
        var command = new NpgsqlBatchCommand($"INSERT INTO deliveries (id, {Columns}) VALUES (@id, {Values})");
        AddParameters(command.Parameters, row);
        command.Parameters.Add(Sql.Parameter("id", id));
        return command;
    }

    /// <summary>The statement that takes the next delivery id (one row, one column), for a batch.</summary>
    public static NpgsqlBatchCommand NextIdCommand() => new("SELECT nextval(pg_get_serial_sequence('deliveries', 'id'))");

    /// <summary>Inserts the row under <paramref name="id"/> (one an ingest run reserved), or the next id when null.</summary>
    public static async Task<long> InsertAsync(NpgsqlConnection connection, long? id, DeliveryRow row, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO deliveries (id, {Columns}) VALUES (coalesce(@id, nextval(pg_get_serial_sequence('deliveries', 'id'))), {Values}) RETURNING id",
            connection);
        AddParameters(command.Parameters, row);
        command.Parameters.Add(Sql.Parameter("id", id));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Keeps a refused file's original bytes for inspection.</summary>
    public static async Task StoreRejectedContentAsync(NpgsqlConnection connection, long deliveryId, string path, CancellationToken cancellationToken)
    {
        await using var content = FileFingerprint.OpenSequential(path);
        await using var command = new NpgsqlCommand("INSERT INTO rejected_files (delivery_id, content) VALUES (@id, @content)", connection);
        command.Parameters.Add(Sql.Parameter("id", deliveryId));
        command.Parameters.Add(new NpgsqlParameter("content", NpgsqlDbType.Bytea) { Value = content });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameters(NpgsqlParameterCollection p, DeliveryRow row)
    {
        p.Add(Sql.Parameter("file_name", row.FileName));
        p.Add(Sql.Parameter("sha256", row.Sha256));
        p.Add(Sql.Parameter("kind", row.Kind));
        p.Add(Sql.Parameter("owner", row.Owner));
        p.Add(Sql.Parameter("file_date", row.FileDate));
        p.Add(Sql.Parameter("batch_number", row.BatchNumber));
        p.Add(Sql.Parameter("batch_type", row.BatchType));
        p.Add(Sql.Parameter("received_at", row.ReceivedAt));
        p.Add(Sql.Parameter("outcome", row.Outcome));
        p.Add(Sql.Parameter("reason", row.Reason));
        p.Add(Sql.Parameter("error_line", row.ErrorLine));
        p.Add(Sql.Parameter("error_field", row.ErrorField));
        p.Add(Sql.Parameter("record_count", row.RecordCount));
        p.Add(Sql.Parameter("quarantined_count", row.QuarantinedCount));
    }
}
