namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>
/// What one pass did: corrections proposed and withdrawn, batches submitted automatically, sent again, and found processed
/// by DUO; and the batches DUO has still not taken after it (<see cref="Unsent"/>, with the last send's fault).
/// </summary>
internal sealed record RodCycleResult(int Proposed, int Withdrawn, int Submitted, int Resent, int Processed, int Unsent = 0, string? LastError = null)
{
    public override string ToString() =>
        FormattableString.Invariant($"proposed={Proposed} withdrawn={Withdrawn} submitted={Submitted} resent={Resent} processed={Processed} unsent={Unsent}") +
        (LastError is null ? "" : " (" + LastError + ")");
}
