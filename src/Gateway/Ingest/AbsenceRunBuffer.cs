using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// The absence days of one pupil on consecutive lines of an export, gathered into one <c>absence_runs</c> row. A record
/// starts a new run when it names another pupil (stamnummer, BSN and onderwijsnummer, all three), when a line lies
/// between it and the run (a quarantined record, or another pupil's), or when the run holds <see cref="MaxDays"/>. A
/// record that names no pupil at all is a run of its own: nothing says two of them are the same child.
/// </summary>
/// <remarks>The buffers are reused from run to run: memory stays flat whatever the file's size.</remarks>
internal sealed class AbsenceRunBuffer : IRecordRun
{
    /// <summary>At most this many days per row (a school year has about 200 school days).</summary>
    public const int MaxDays = 400;

    private readonly List<DateOnly> dates = new(32);
    private readonly List<decimal> hours = new(32);
    private readonly List<short> codes = new(32);
    private AbsenceRecord? first;
    private long lastLine;

    public int Count => dates.Count;

    public long FirstLine => first?.Line ?? 0;

    public bool TryAdd(SourceRecord record)
    {
        var absence = (AbsenceRecord)record;
        if (first is not null && (dates.Count == MaxDays || absence.Line != lastLine + 1 || !SamePupil(first, absence)))
        {
            return false;
        }

        first ??= absence;
        lastLine = absence.Line;
        dates.Add(absence.Date);
        hours.Add(absence.Hours);
        codes.Add(AbsenceCodes.Number(absence.Code));
        return true;
    }

    public void WriteColumns(BinaryCopyWriter writer)
    {
        var run = first ?? throw new InvalidOperationException("An empty absence run has no row.");
        writer.WriteText(NullIfEmpty(run.Stamnummer));
        writer.WriteText(run.Bsn);
        writer.WriteText(run.Onderwijsnummer);
        writer.WriteDateArray(dates);
        writer.WriteNumericArray(hours);
        writer.WriteInt16Array(codes);
        first = null;
        dates.Clear();
        hours.Clear();
        codes.Clear();
    }

    private static bool SamePupil(AbsenceRecord run, AbsenceRecord next) =>
        (NullIfEmpty(run.Stamnummer) is not null || run.Bsn is not null || run.Onderwijsnummer is not null)
        && string.Equals(NullIfEmpty(run.Stamnummer), NullIfEmpty(next.Stamnummer), StringComparison.Ordinal)
        && run.Bsn == next.Bsn
        && run.Onderwijsnummer == next.Onderwijsnummer;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
