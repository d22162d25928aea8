namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>NO_PLAN and OVERDUE: the follow-up of a thuiszitter case.</summary>
public static class CaseConflicts
{
    public const int OverdueAfterDays = 28;
    public const int EscalateAfterDays = 91;

    /// <summary>Adds the conflicts found to <paramref name="found"/>.</summary>
    public static void Find(PupilContext pupil, string? pgn, PupilStatus status, List<ConflictFinding> found)
    {
        if (status is not (PupilStatus.AbsoluteAbsence or PupilStatus.LongTermAbsence))
        {
            return;
        }

        var day = pupil.Day;
        var open = pupil.Registrations.Where(r => r.IsOpenOn(day)).ToList();
        if (status == PupilStatus.LongTermAbsence && !open.Any(r => r.HasPlanAndRegie))
        {
            var school = pupil.Effective.Where(e => e.Covers(day)).Select(e => e.School).Order(StringComparer.Ordinal).FirstOrDefault();
            found.Add(new ConflictFinding(
                ConflictCode.NoPlan, pgn, school, null, ActingParty.School, null, "geen plan of regiehouder"));
        }

        foreach (var registration in open.Where(r => pupil.DaysSince(r.GemeldOp) > OverdueAfterDays).DistinctBy(r => (r.School, r.GemeldOp)))
        {
            var escalated = pupil.DaysSince(registration.GemeldOp) > EscalateAfterDays;
            found.Add(new ConflictFinding(
                ConflictCode.Overdue, pgn, registration.School, registration.GemeldOp,
                escalated ? ActingParty.Swv : ActingParty.Regiehouder,
                registration.GemeldOp.AddDays(OverdueAfterDays), escalated ? "langer dan 3 maanden: geëscaleerd" : "langer dan 4 weken", escalated));
        }
    }
}
