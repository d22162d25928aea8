namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>What one pass did: corrections proposed and withdrawn, batches submitted automatically, sent again, and found processed by DUO.</summary>
internal sealed record RodCycleResult(int Proposed, int Withdrawn, int Submitted, int Resent, int Processed)
{
    public override string ToString() =>
        FormattableString.Invariant($"proposed={Proposed} withdrawn={Withdrawn} submitted={Submitted} resent={Resent} processed={Processed}");
}
