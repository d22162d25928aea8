namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The BRP extract applied per gemeente; only a newer one replaces it.</summary>
internal sealed class BrpState
{
    public required string Gemeente { get; set; }

    public DateOnly ExtractDate { get; set; }

    public long DeliveryId { get; set; }
}
