namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The last ROD batch applied per recipient; a partial batch must be the next number.</summary>
internal sealed class RodBatchState
{
    public required string Recipient { get; set; }

    public long LastBatchNumber { get; set; }

    public long LastDeliveryId { get; set; }
}
