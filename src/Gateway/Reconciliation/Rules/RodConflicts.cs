using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>
/// NOT_IN_ROD, STALE_IN_ROD and ROD_DATE_MISMATCH: a school's own administration checked against ROD. Each is put right
/// by a ROD correction of the school (T, U, A).
/// </summary>
public static class RodConflicts
{
    public const int GraceDays = 7;

    public static IEnumerable<ConflictFinding> Find(PupilContext pupil, string? pgn)
    {
        var day = pupil.Day;
        foreach (var admin in pupil.SchoolEnrolments)
        {
            var rodAtSchool = pupil.RodEnrolments.Where(r => Same(r.School, admin.School)).ToList();
            if (pupil.Region.RodSchools.Contains(admin.School) && admin.Covers(day)
                && pupil.DaysSince(admin.Begin) > GraceDays && !rodAtSchool.Any(r => r.Overlaps(admin)))
            {
                yield return new ConflictFinding(
                    ConflictCode.NotInRod, pgn, admin.School, admin.Begin, ActingParty.School,
                    admin.Begin.AddDays(GraceDays * 2), "inschrijving ontbreekt in ROD (correctie T)");
            }

            foreach (var rod in rodAtSchool.Where(r => r.Overlaps(admin)))
            {
                if (rod.Begin != admin.Begin || (rod.End is { } re && admin.End is { } ae && re != ae))
                {
                    yield return new ConflictFinding(
                        ConflictCode.RodDateMismatch, pgn, admin.School, admin.Begin, ActingParty.School,
                        null, "datums wijken af van ROD (correctie A)");
                }
            }
        }

        foreach (var rod in pupil.RodEnrolments.Where(r => r.Covers(day) && pupil.Region.ExportingSchools.Contains(r.School)))
        {
            var admin = pupil.SchoolEnrolments.Where(a => Same(a.School, rod.School)).ToList();
            if (admin.Any(a => a.Covers(day)))
            {
                continue;
            }

            var lastEnd = admin.Where(a => a.End < day).Select(a => a.End).Max();
            if (admin.Count == 0 || (lastEnd is { } end && day.DayNumber - end.DayNumber > GraceDays))
            {
                yield return new ConflictFinding(
                    ConflictCode.StaleInRod, pgn, rod.School, rod.Begin, ActingParty.School,
                    (lastEnd ?? rod.Begin).AddDays(GraceDays * 2), "ROD-inschrijving verouderd (correctie U)");
            }
        }
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);
}
