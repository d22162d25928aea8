namespace Thuiszitters.Gateway.Sync.RodPoll;

/// <summary>A pass of the ROD corrections that left batches DUO did not take; the message says how many and DUO's last answer.</summary>
internal sealed class RodCorrectionsPassFailedException : Exception
{
    public RodCorrectionsPassFailedException()
    {
    }

    public RodCorrectionsPassFailedException(string message)
        : base(message)
    {
    }

    public RodCorrectionsPassFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
