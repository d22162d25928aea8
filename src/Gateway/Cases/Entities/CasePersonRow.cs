namespace Thuiszitters.Gateway.Cases.Entities;

/// <summary>
/// A candidate case's person as the sources name them (<c>case_people</c>): name, birth date, sector and the school's open
/// thuiszitter registration (reason, plan, regiehouder). Rebuilt for every pupil that is, or may become, a case after each
/// reconciliation run (<see cref="CaseIndex"/>); the reconciled state itself is read live from <c>pupil_states</c>.
/// </summary>
internal sealed class CasePersonRow
{
    public required string PersonKey { get; set; }

    public string? Pgn { get; set; }

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
