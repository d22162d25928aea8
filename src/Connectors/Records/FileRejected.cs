namespace Thuiszitters.Connectors;

/// <summary>
/// The whole file is refused; always the last item of a stream. <see cref="SourceRecord.Line"/> is the offending line
/// (0 when none). The reason never contains a BSN or a name.
/// </summary>
public sealed record FileRejected(string File, string? Field, string Reason) : SourceRecord
{
    public override string ToString() =>
        Field is null ? $"{File} line {Line}: {Reason}" : $"{File} line {Line}, field {Field}: {Reason}";
}
