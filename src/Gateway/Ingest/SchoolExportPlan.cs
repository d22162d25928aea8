using System.Globalization;
using Npgsql;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// A school export is a full snapshot of one kind for one school: a newer export replaces all rows of that school
/// and kind; an export not newer than the applied one is superseded.
/// </summary>
internal sealed class SchoolExportPlan(SchoolExportHeader header) : IDeliveryPlan
{
    private readonly FactTable table = header.Kind switch
    {
        SchoolExportKind.Pupils => FactTables.SchoolPupils,
        SchoolExportKind.Absences => FactTables.AbsenceRuns,
        SchoolExportKind.Registrations => FactTables.ThuiszitterRegistrations,
        _ => throw new ArgumentOutOfRangeException(nameof(header), header.Kind, "Unknown school export kind."),
    };

    private readonly string kind = header.Kind switch
    {
        SchoolExportKind.Pupils => SchoolExportKinds.Pupils,
        SchoolExportKind.Absences => SchoolExportKinds.Absences,
        _ => SchoolExportKinds.Registrations,
    };

    private bool replacesEarlier;

    public string Owner { get; } = header.School.ToString();

    public DateOnly FileDate => header.ExportDate;

    public long? BatchNumber => null;

    public string? BatchType => null;

    public NpgsqlBatchCommand StateCommand() =>
        Sql.Command(
            "SELECT export_date FROM school_export_state WHERE school = @school AND kind = @kind FOR UPDATE",
            Sql.Parameter("school", Owner),
            Sql.Parameter("kind", kind));

    public async Task<NotApplied?> CheckAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var applied = await Sql.ScalarAsync<DateOnly>(reader, cancellationToken);
        replacesEarlier = applied is not null;
        return applied is { } date && date >= header.ExportDate
            ? new NotApplied(
                DeliveryOutcomes.Superseded,
                string.Create(CultureInfo.InvariantCulture, $"export of {header.ExportDate:yyyy-MM-dd} is not newer than the applied {kind.ToLowerInvariant()} export of {date:yyyy-MM-dd} for {Owner}; not applied"))
            : null;
    }

    public Task<string?> PrepareAsync(NpgsqlConnection connection, bool bulk, CancellationToken cancellationToken) =>
        OwnerSnapshot.ClearEarlierAsync(connection, table.Name, "school", Owner, replacesEarlier, bulk, cancellationToken);

    public FactTarget? TargetFor(SourceRecord record) => (header.Kind, record) switch
    {
        (SchoolExportKind.Pupils, PupilRecord) or
        (SchoolExportKind.Absences, AbsenceRecord) or
        (SchoolExportKind.Registrations, RegistrationRecord) => FactTarget.Direct(table),
        _ => throw UnexpectedRecord.For(record, kind),
    };

    public Task FinishAsync(NpgsqlConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public NpgsqlBatchCommand RecordStateCommand(long deliveryId) =>
        Sql.Command(
            """
            INSERT INTO school_export_state (school, kind, export_date, delivery_id)
            VALUES (@school, @kind, @date, @delivery)
            ON CONFLICT (school, kind) DO UPDATE SET export_date = excluded.export_date, delivery_id = excluded.delivery_id
            """,
            Sql.Parameter("school", Owner),
            Sql.Parameter("kind", kind),
            Sql.Parameter("date", header.ExportDate),
            Sql.Parameter("delivery", deliveryId));
}
