namespace Thuiszitters.Gateway.Security;

/// <summary>One row of the audit log as the admin page shows it.</summary>
public sealed record AuditEntry(
    long Id, DateTimeOffset At, string Actor, string Role, string? Organisation, string Action, IReadOnlyList<string> Pgns, string Purpose,
    string Outcome, string? Refusal, string? Endpoint, string? Page);

/// <summary>A page of the audit log with the total that matches the filter.</summary>
public sealed record AuditPage(long Total, int Page, int PageSize, IReadOnlyList<AuditEntry> Items);
