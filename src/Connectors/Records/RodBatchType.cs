namespace Thuiszitters.Connectors;

public enum RodBatchType
{
    /// <summary><c>C</c>: the whole state for the recipient, replacing every earlier batch.</summary>
    Complete,

    /// <summary><c>P</c>: the changes since the previous batch.</summary>
    Partial,
}
