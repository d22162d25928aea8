namespace Thuiszitters.Gateway.Cases.Entities;

/// <summary>
/// A candidate case's person as the sources name them (<c>case_people</c>): name, birth date, sector and the school's open
/// thuiszitter registration (reason, plan, regiehouder), with a copy of the run's reconciled state (status, since, band,
/// gemeente, schools, date) that the overview filters and sorts on. Rebuilt for every pupil that is a case or has an open
/// conflict after each reconciliation run (<see cref="CaseIndex"/>); <c>pupil_states</c> changes only in a run's
/// transaction, so the copy is the register's state until the next run. Only the open conflicts are read live.
/// </summary>
internal sealed class CasePersonRow
{
    public required string PersonKey { get; set; }

    public string? Pgn { get; set; }

    /// <summary>The person's key in its source when it has no pgn: its conflicts are found by it.</summary>
    public string? SourceKey { get; set; }

    /// <summary>The reconciled status of the run (never <c>NO_DUTY</c>).</summary>
    public required string Status { get; set; }

    public DateOnly? Since { get; set; }

    public string? Band { get; set; }

    public string? Gemeente { get; set; }

    public string[] Schools { get; set; } = [];

    /// <summary>The date the run reconciled as of: the duration and age are counted to it.</summary>
    public DateOnly AsOf { get; set; }

    public string? Surname { get; set; }

    public string? Prefix { get; set; }

    public string? GivenNames { get; set; }

    /// <summary>Lower-case surname then given names: the sort key of the name column.</summary>
    public required string SortName { get; set; }

    /// <summary>Lower-case name and pgn: what the search box matches.</summary>
    public required string SearchText { get; set; }

    /// <summary>The birth date as known (<c>yyyy</c>, <c>yyyy-mm</c> or <c>yyyy-mm-dd</c>).</summary>
    public string? BirthText { get; set; }

    /// <summary>The birth date, a partial one counted from its first day.</summary>
    public DateOnly? BirthDate { get; set; }

    /// <summary>PO, SO, VO, VSO or MBO from ROD's latest enrolment; null when ROD knows none.</summary>
    public string? Sector { get; set; }

    public string? Reason { get; set; }

    public bool? Plan { get; set; }

    public bool? Offer { get; set; }

    public string? Regiehouder { get; set; }

    public string? RegistrationSchool { get; set; }

    public DateOnly? ReportedOn { get; set; }
}
