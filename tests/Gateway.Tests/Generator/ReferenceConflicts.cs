using System.Globalization;
using System.Text;
using Thuiszitters.Generator.Model;

namespace Thuiszitters.Gateway.Tests.Generator;

/// <summary>The conflict rules of DOMAIN.md for the reference reconciler, one method per code family.</summary>
internal static class ReferenceConflicts
{
    public static void For(ReferenceFacts f, ExpectedPupil pupil, HashSet<string> covered, DateOnly asOf, HashSet<ExpectedConflict> found)
    {
        void Add(string code, string? school, DateOnly? date) => found.Add(new ExpectedConflict(code, f.Pgn, school, date));
        var duty = new ReferenceDuty(f.Birth, f.Startkwalificatie);
        var effective = f.Effective.ToList();

        foreach (var (school, _, end) in effective.Where(e => e.End < asOf))
        {
            var next = end!.Value.AddDays(1);
            if (!duty.On(next) || f.Exempt(next) || f.Enrolled(next))
            {
                continue;
            }

            if (effective.Any(e => e.Begin > end))
            {
                Add("ENROLMENT_GAP", school.Code, end);
            }
            else if (asOf.DayNumber > end.Value.DayNumber + 7)
            {
                Add("UNENROLLED_WITHOUT_NEW_SCHOOL", school.Code, end);
            }
        }

        foreach (var a in effective)
        {
            foreach (var b in effective.Where(b => b.School.Code != a.School.Code && b.Begin > a.Begin && ReferenceFacts.Overlap(a.Begin, a.End, b.Begin, b.End)))
            {
                Add("DOUBLE_ENROLMENT", b.School.Code, b.Begin);
            }
        }

        Rod(f, covered, asOf, Add);
        Absence(f, covered, asOf, Add);
        Reports(f, asOf, Add);
        Identity(f, Add);

        var thuiszitter = pupil.Status is "ABSOLUTE_ABSENCE" or "LONG_TERM_ABSENCE";
        var open = f.Registrations.Where(r => ReferenceFacts.Covers(r.Start, r.End, asOf)).ToList();
        if (pupil.Status == "LONG_TERM_ABSENCE" && !open.Any(r => r.Plan && r.Regiehouder.Length > 0))
        {
            Add("NO_PLAN", effective.Where(e => ReferenceFacts.Covers(e.Begin, e.End, asOf)).Select(e => e.School.Code).Min(StringComparer.Ordinal), null);
        }

        foreach (var r in open.Where(r => thuiszitter && asOf.DayNumber - r.ReportedOn.DayNumber > 28))
        {
            Add("OVERDUE", r.School.Code, r.ReportedOn);
        }
    }

    public static void Duplicates(IEnumerable<ReferenceFacts> all, HashSet<ExpectedConflict> found)
    {
        var facts = all.Where(f => f.Names is not null).ToList();
        var byKey = facts.Where(f => !f.Pgn.StartsWith("10", StringComparison.Ordinal)).ToLookup(Key);
        foreach (var f in facts.Where(f => f.Pgn.StartsWith("10", StringComparison.Ordinal)))
        {
            foreach (var match in byKey[Key(f)])
            {
                found.Add(new ExpectedConflict("POSSIBLE_DUPLICATE_PERSON", match.Pgn, null, null));
            }
        }
    }

    private static void Rod(ReferenceFacts f, HashSet<string> covered, DateOnly asOf, Action<string, string?, DateOnly?> add)
    {
        foreach (var a in f.Admin.Where(a => covered.Contains(a.School.Code) && ReferenceFacts.Covers(a.Begin, a.End, asOf) && asOf.DayNumber - a.Begin.DayNumber > 7))
        {
            if (!f.Rod.Values.Any(r => r.School.Code == a.School.Code && ReferenceFacts.Overlap(a.Begin, a.End, r.Begin, r.End)))
            {
                add("NOT_IN_ROD", a.School.Code, a.Begin);
            }
        }

        foreach (var r in f.Rod.Values.Where(r => r.School.Exports && ReferenceFacts.Covers(r.Begin, r.End, asOf)))
        {
            var admin = f.Admin.Where(a => a.School.Code == r.School.Code).ToList();
            if (admin.Count == 0 || admin.Any(a => a.End is { } e && asOf.DayNumber - e.DayNumber > 7 && ReferenceFacts.Overlap(a.Begin, a.End, r.Begin, r.End)))
            {
                add("STALE_IN_ROD", r.School.Code, r.Begin);
            }
        }

        foreach (var a in f.Admin)
        {
            foreach (var r in f.Rod.Values.Where(r => r.School.Code == a.School.Code && ReferenceFacts.Overlap(a.Begin, a.End, r.Begin, r.End)))
            {
                if (a.Begin != r.Begin || (a.End is not null && r.End is not null && a.End != r.End))
                {
                    add("ROD_DATE_MISMATCH", a.School.Code, a.Begin);
                }
            }
        }
    }

    /// <summary>16-hour crossings per school; consecutive unreported crossings form one run, raised at its first T once D > T + 7.</summary>
    private static void Absence(ReferenceFacts f, HashSet<string> covered, DateOnly asOf, Action<string, string?, DateOnly?> add)
    {
        foreach (var school in f.Absences.Where(a => ReferenceStatus.IsUnauthorised(a) && covered.Contains(a.School.Code)).GroupBy(a => a.School.Code))
        {
            var days = school.OrderBy(a => a.Date).ToList();
            var restart = DateOnly.MinValue;
            var inRun = false;
            foreach (var t in days.Select(a => a.Date))
            {
                var from = t.AddDays(-27) > restart ? t.AddDays(-27) : restart;
                if (days.Where(a => a.Date >= from && a.Date <= t).Sum(a => a.Tenths) < 160)
                {
                    continue;
                }

                restart = t.AddDays(1);
                var reported = f.Reports.Values.Any(r => r.School.Code == school.Key && r.Kind is "16U" or "LRV" && r.Status != 'I'
                    && ReferenceFacts.Overlap(r.Begin, r.End, t.AddDays(-27), t));
                if (!reported && !inRun && asOf.DayNumber > t.DayNumber + 7)
                {
                    add("ABSENCE_NOT_REPORTED", school.Key, t);
                }

                inRun = !reported;
            }
        }
    }

    private static void Reports(ReferenceFacts f, DateOnly asOf, Action<string, string?, DateOnly?> add)
    {
        var periods = f.Reports.Values.Where(r => r.Status is 'G' or 'B').Select(r => (r.School.Code, r.Begin, r.End))
            .Concat(f.Registrations.Select(r => (r.School.Code, Begin: r.Start, r.End)));
        foreach (var (school, begin, end) in periods.Where(p => f.RealExemptions.Any(x => ReferenceFacts.Overlap(p.Begin, p.End, x.Begin, x.End))))
        {
            add("REPORT_DURING_EXEMPTION", school, begin);
        }

        var reportedDays = f.Absences.Where(ReferenceStatus.IsUnauthorised).Select(a => (a.School, Day: a.Date))
            .Concat(f.Registrations.SelectMany(r => Days(r.Start, r.End ?? asOf, asOf).Select(d => (r.School, Day: d))));
        foreach (var school in reportedDays.Where(x => !f.Admin.Any(a => a.School.Code == x.School.Code && ReferenceFacts.Covers(a.Begin, a.End, x.Day))).GroupBy(x => x.School.Code))
        {
            add("REPORT_WITHOUT_ENROLMENT", school.Key, school.Min(x => x.Day));
        }
    }

    private static void Identity(ReferenceFacts f, Action<string, string?, DateOnly?> add)
    {
        var reference = f.RodBirth ?? f.BrpBirth;
        if (reference is null)
        {
            return;
        }

        var full = reference.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (school, text) in f.SchoolBirths.Where(b => !full.StartsWith(b.BirthText, StringComparison.Ordinal)))
        {
            add("IDENTITY_MISMATCH", school.Code, null);
        }

        if (f.RodBirth is not null && f.BrpBirth is not null && f.RodBirth != f.BrpBirth)
        {
            add("IDENTITY_MISMATCH", null, null);
        }
    }

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last, DateOnly asOf)
    {
        for (var d = first; d <= last && d <= asOf; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    private static (DateOnly, string, string) Key(ReferenceFacts f) =>
        (f.Birth, Normalise(f.Names!.Voorvoegsel + f.Names.Surname), f.Names.Voorletters);

    private static string Normalise(string name) =>
        string.Concat(name.Normalize(NormalizationForm.FormD).Where(c => char.IsLetter(c) && c < 0x300)).ToUpperInvariant();
}
