namespace Thuiszitters.Gateway.RodCorrections.Entities;

/// <summary>
/// One batch of corrections of one school sent to DUO (<c>rod_submissions</c>). The <see cref="IdempotencyKey"/> is stored
/// before the first send, so a retry (after a timeout, a crash) sends the same key and DUO never makes a second batch.
/// State: <c>SENDING</c> (stored, DUO's receipt not yet seen), <c>SENT</c> (DUO's batch id known), <c>PROCESSED</c>.
/// </summary>
internal sealed class RodSubmissionRow
{
    public long Id { get; set; }

    public string School { get; set; } = "";

    public Guid IdempotencyKey { get; set; }

    public string? DuoBatchId { get; set; }

    public string State { get; set; } = "";

    public string SubmittedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
