namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The original bytes of a refused file, kept for inspection (<c>rejected_files</c>).</summary>
internal sealed class RejectedFile
{
    public long DeliveryId { get; set; }

    public required byte[] Content { get; set; }
}
