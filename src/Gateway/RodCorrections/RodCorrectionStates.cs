namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>The states of a correction and of a submission.</summary>
internal static class RodCorrectionStates
{
    public const string Proposed = "PROPOSED";
    public const string Submitted = "SUBMITTED";
    public const string Accepted = "ACCEPTED";
    public const string Rejected = "REJECTED";

    public const string Sending = "SENDING";
    public const string Sent = "SENT";
    public const string Processed = "PROCESSED";

    public static readonly IReadOnlyList<string> All = [Proposed, Submitted, Accepted, Rejected];
}
