namespace Thuiszitters.Connectors.Text;

/// <summary>
/// A breach of a source file's contract, raised inside a reader and turned into a <see cref="FileRejected"/> at its edge.
/// The reason never holds a value from the file.
/// </summary>
internal sealed class ContractViolationException : Exception
{
    public ContractViolationException()
        : this(0, null, "breaks its contract")
    {
    }

    public ContractViolationException(string message)
        : this(0, null, message)
    {
    }

    public ContractViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    public ContractViolationException(long line, string? field, string reason)
        : base(reason)
    {
        Line = line;
        Field = field;
        Reason = reason;
    }

    public long Line { get; }

    public string? Field { get; }

    public string Reason { get; }

    public ContractViolationException AtLine(long line) => Line == 0 ? new ContractViolationException(line, Field, Reason) : this;
}
