using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// Collects one person's facts while the register is read, then freezes them into <see cref="PersonFacts"/>. Lists are
/// created on first use: most persons have facts of only a few kinds.
/// </summary>
internal sealed class PersonFactsBuilder(string? pgn, string? sourceKey)
{
    private List<BirthDateFact>? _birthDates;
    private List<EnrolmentFact>? _enrolments;
    private List<AbsenceFact>? _absences;
    private List<ReportFact>? _reports;
    private List<ExemptionFact>? _exemptions;
    private List<RegistrationFact>? _registrations;
    private List<ResidenceFact>? _residences;

    public string? Pgn => pgn;

    public string? SourceKey => sourceKey;

    public List<BirthDateFact> BirthDates => _birthDates ??= new(2);

    public List<EnrolmentFact> Enrolments => _enrolments ??= new(2);

    public List<AbsenceFact> Absences => _absences ??= [];

    public List<ReportFact> Reports => _reports ??= new(1);

    public List<ExemptionFact> Exemptions => _exemptions ??= new(1);

    public List<RegistrationFact> Registrations => _registrations ??= new(1);

    public List<ResidenceFact> Residences => _residences ??= new(2);

    public DateOnly? Startkwalificatie { get; set; }

    /// <summary>The fingerprint of the rows read for this person so far (<see cref="PersonFacts.FactsHash"/>).</summary>
    public long FactsHash { get; private set; }

    /// <summary>
    /// Counts one row of <paramref name="table"/> (its delivery and line: a row's content never changes without them) into
    /// <see cref="FactsHash"/>, by a sum of mixed values, so the order rows are read in does not matter.
    /// </summary>
    public void AddRow(int table, long deliveryId, long line) => FactsHash = unchecked(FactsHash + Mix(table, deliveryId, line));

    /// <summary>A SplitMix64 finaliser over the row's identity: well spread 64 bits, so that sums do not collide by accident.</summary>
    private static long Mix(int table, long deliveryId, long line)
    {
        var z = unchecked((ulong)deliveryId * 0x9E3779B97F4A7C15UL ^ (ulong)line * 0xC2B2AE3D27D4EB4FUL ^ (ulong)(table + 1) * 0x165667B19E3779F9UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((long)(z ^ (z >> 31)));
    }

    /// <summary>Appends everything <paramref name="other"/> collected, kind by kind (for records joined to a person late).</summary>
    public void Append(PersonFactsBuilder other)
    {
        if (other._birthDates is { } b) { BirthDates.AddRange(b); }
        if (other._enrolments is { } e) { Enrolments.AddRange(e); }
        if (other._absences is { } a) { Absences.AddRange(a); }
        if (other._reports is { } r) { Reports.AddRange(r); }
        if (other._exemptions is { } x) { Exemptions.AddRange(x); }
        if (other._registrations is { } g) { Registrations.AddRange(g); }
        if (other._residences is { } s) { Residences.AddRange(s); }
        FactsHash = unchecked(FactsHash + other.FactsHash);
        if (other.Startkwalificatie is { } d && (Startkwalificatie is null || d < Startkwalificatie))
        {
            Startkwalificatie = d;
        }
    }

    public PersonFacts Build() => new(pgn, sourceKey)
    {
        BirthDates = (IReadOnlyList<BirthDateFact>?)_birthDates ?? [],
        Enrolments = (IReadOnlyList<EnrolmentFact>?)_enrolments ?? [],
        Absences = (IReadOnlyList<AbsenceFact>?)_absences ?? [],
        Reports = (IReadOnlyList<ReportFact>?)_reports ?? [],
        Exemptions = (IReadOnlyList<ExemptionFact>?)_exemptions ?? [],
        Registrations = (IReadOnlyList<RegistrationFact>?)_registrations ?? [],
        Residences = (IReadOnlyList<ResidenceFact>?)_residences ?? [],
        Startkwalificatie = Startkwalificatie,
        FactsHash = FactsHash,
    };
}
