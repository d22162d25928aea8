namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The export applied per school and kind (see <see cref="SchoolExportKinds"/>); only a newer one replaces it.</summary>
internal sealed class SchoolExportState
{
    public required string School { get; set; }

    public required string Kind { get; set; }

    public DateOnly ExportDate { get; set; }

    public long DeliveryId { get; set; }
}
