using Thuiszitters.Generator;
using Thuiszitters.Generator.Model;

namespace Thuiszitters.Gateway.Tests.Generator;

/// <summary>
/// The facts of one person after identity resolution and after applying ROD's partial delivery on its
/// complete one, as the reference reconciler sees them. Built from the generator's records by field
/// values only (numbers, schools, dates), not from the generator's expectations.
/// </summary>
internal sealed class ReferenceFacts(string pgn)
{
    public string Pgn { get; } = pgn;

    public Person? Names { get; set; }

    public DateOnly? RodBirth { get; set; }

    public DateOnly? BrpBirth { get; set; }

    public DateOnly? Settled { get; set; }

    public DateOnly? Startkwalificatie { get; set; }

    public List<(SchoolInfo School, string BirthText)> SchoolBirths { get; } = [];

    public List<AdminEnrolment> Admin { get; } = [];

    public Dictionary<(string School, int Volgnummer), RodEnrolment> Rod { get; } = [];

    public Dictionary<long, RodReport> Reports { get; } = [];

    public Dictionary<(string Article, DateOnly Begin), RodExemption> Exemptions { get; } = [];

    public List<AbsenceDay> Absences { get; } = [];

    public List<Registration> Registrations { get; } = [];

    public DateOnly Birth =>
        RodBirth ?? BrpBirth ?? SchoolBirths.Select(b => (DateOnly?)DateOnly.Parse(b.BirthText, System.Globalization.CultureInfo.InvariantCulture)).First()!.Value;

    /// <summary>Enrolments that count: the administration of exporting schools, ROD's for the others.</summary>
    public IEnumerable<(SchoolInfo School, DateOnly Begin, DateOnly? End)> Effective =>
        Admin.Select(a => (a.School, a.Begin, a.End))
            .Concat(Rod.Values.Where(r => !r.School.Exports).Select(r => (r.School, r.Begin, r.End)));

    public IEnumerable<RodExemption> RealExemptions => Exemptions.Values.Where(x => x.Article != "3A");

    public static bool Covers(DateOnly begin, DateOnly? end, DateOnly day) => begin <= day && (end is null || end.Value >= day);

    public static bool Overlap(DateOnly b1, DateOnly? e1, DateOnly b2, DateOnly? e2) =>
        b1 <= (e2 ?? DateOnly.MaxValue) && b2 <= (e1 ?? DateOnly.MaxValue);

    public bool Exempt(DateOnly day) => RealExemptions.Any(x => Covers(x.Begin, x.End, day));

    public bool Enrolled(DateOnly day) =>
        Effective.Any(e => Covers(e.Begin, e.End, day)) || Exemptions.Values.Any(x => x.Article == "3A" && Covers(x.Begin, x.End, day));
}
