namespace Thuiszitters.Gateway.SisApi.Entities;

/// <summary>
/// Where the pull of one school stands (<c>sis_cursors</c>): the <c>changedSince</c> the next walk starts from and,
/// while a walk is under way, its <c>changedSince</c>, the cursor of its next page and the latest <c>changedAt</c> seen.
/// Advanced only after a page's records are committed.
/// </summary>
internal sealed class SisCursorRow
{
    public string School { get; set; } = "";

    public string BaseUrl { get; set; } = "";

    public DateTimeOffset? ChangedSince { get; set; }

    public DateTimeOffset? WalkSince { get; set; }

    public string? Cursor { get; set; }

    public DateTimeOffset? WalkMaxChangedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
