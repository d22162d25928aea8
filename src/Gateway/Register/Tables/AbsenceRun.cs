namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>
/// Consecutive absence days of one pupil in a school's <c>verzuim_*.csv</c>: the records of lines <see cref="Line"/> to
/// <c>Line + Dates.Length - 1</c>, one array element per day (the view <c>absence_days</c> shows them a row per day).
/// </summary>
/// <remarks>
/// An export lists a pupil's days one after another; one row per run of them instead of one per day makes the table a
/// quarter of the rows and half the bytes, and its COPY, index builds and reads as much cheaper (see the README).
/// </remarks>
internal sealed class AbsenceRun
{
    public long DeliveryId { get; set; }

    /// <summary>The line of the run's first day; day <c>i</c> (0-based) is on line <c>Line + i</c>.</summary>
    public long Line { get; set; }

    public required string School { get; set; }

    public string? Stamnummer { get; set; }

    public string? Bsn { get; set; }

    public string? Onderwijsnummer { get; set; }

    public required DateOnly[] Dates { get; set; }

    public required decimal[] Hours { get; set; }

    /// <summary>The days' codes as <see cref="AbsenceCodes"/> numbers them.</summary>
    public required short[] Codes { get; set; }
}
