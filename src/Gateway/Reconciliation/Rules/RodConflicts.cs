using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>
/// NOT_IN_ROD, STALE_IN_ROD and ROD_DATE_MISMATCH: a school's own administration checked against ROD. Each is put right
/// by a ROD correction of the school (T, U, A).
/// </summary>
public static class RodConflicts
{
    public const int GraceDays = 7;

    /// <summary>Adds the conflicts found to <paramref name="found"/>.</summary>
    public static void Find(PupilContext pupil, string? pgn, List<ConflictFinding> found)
    {
        var day = pupil.Day;
        var rods = pupil.RodEnrolments;
        var admins = pupil.SchoolEnrolments;
        for (var i = 0; i < admins.Count; i++)
        {
            var admin = admins[i];
            if (pupil.Region.RodSchools.Contains(admin.School) && admin.Covers(day)
                && pupil.DaysSince(admin.Begin) > GraceDays && !AnyOverlapping(rods, admin))
            {
                found.Add(new ConflictFinding(
                    ConflictCode.NotInRod, pgn, admin.School, admin.Begin, ActingParty.School,
                    admin.Begin.AddDays(GraceDays * 2), "inschrijving ontbreekt in ROD (correctie T)"));
            }

            for (var j = 0; j < rods.Count; j++)
            {
                var rod = rods[j];
                if (Same(rod.School, admin.School) && rod.Overlaps(admin)
                    && (rod.Begin != admin.Begin || (rod.End is { } re && admin.End is { } ae && re != ae)))
                {
                    found.Add(new ConflictFinding(
                        ConflictCode.RodDateMismatch, pgn, admin.School, admin.Begin, ActingParty.School,
                        null, "datums wijken af van ROD (correctie A)"));
                }
            }
        }

        for (var i = 0; i < rods.Count; i++)
        {
            var rod = rods[i];
            if (!rod.Covers(day) || !pupil.Region.ExportingSchools.Contains(rod.School))
            {
                continue;
            }

            var atSchool = 0;
            var covered = false;
            DateOnly? lastEnd = null;
            for (var j = 0; j < admins.Count; j++)
            {
                var admin = admins[j];
                if (!Same(admin.School, rod.School))
                {
                    continue;
                }

                atSchool++;
                covered |= admin.Covers(day);
                if (admin.End < day && (lastEnd is null || admin.End > lastEnd))
                {
                    lastEnd = admin.End;
                }
            }

            if (covered)
            {
                continue;
            }

            if (atSchool == 0 || (lastEnd is { } end && day.DayNumber - end.DayNumber > GraceDays))
            {
                found.Add(new ConflictFinding(
                    ConflictCode.StaleInRod, pgn, rod.School, rod.Begin, ActingParty.School,
                    (lastEnd ?? rod.Begin).AddDays(GraceDays * 2), "ROD-inschrijving verouderd (correctie U)"));
            }
        }
    }

    private static bool AnyOverlapping(IReadOnlyList<EnrolmentFact> rods, EnrolmentFact admin)
    {
        for (var j = 0; j < rods.Count; j++)
        {
            if (Same(rods[j].School, admin.School) && rods[j].Overlaps(admin))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);
}
