using Thuiszitters.Generator.Model;
using Thuiszitters.Generator.People;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Cases;

/// <summary>
/// The ordinary pupils of the region, built so that their status is certain and they raise no
/// conflict: consistent enrolments in the school's administration and in ROD (seamless moves only),
/// the same birth date everywhere, authorised absence noise and at most 15 unauthorised hours in
/// the whole year, none of them in the last 3 days before the as-of date. So each is ATTENDING, or
/// NO_DUTY by age or startkwalificatie.
/// </summary>
internal sealed class BackgroundPupils(RegionSetup setup, PersonFactory people)
{
    public void Build(CaseBuilder b, PupilRandom rng, int index)
    {
        var asOf = setup.AsOf;
        var coverage = index < setup.Schools.Count; // gives every school an INS, so ROD covers it
        var home = coverage ? setup.Schools[index] : setup.PickSchool(rng, rng.Chance(0.55) ? Sector.PO : Sector.VO);
        var primary = home.Sector == Sector.PO;
        var birth = coverage
            ? people.BirthForAge(rng, primary ? 6 : 13, primary ? 11 : 15)
            : people.BirthForAge(rng, primary ? 4 : 12, primary ? 12 : 19);

        DateOnly? startkwalificatie = null;
        var begin = primary ? EnrolmentDates.Primary(birth) : EnrolmentDates.Secondary(birth, setup.SchoolYearStart);
        // A 4-year-old may or may not be at school yet; everyone else in the background is enrolled.
        var enrolled = begin <= asOf && (!primary || DutyRules.HasDuty(birth, null, asOf) || rng.Chance(0.75));
        if (!coverage && !primary && DutyRules.AgeOn(birth, asOf) >= 17 && rng.Chance(0.12))
        {
            startkwalificatie = new DateOnly(setup.SchoolYearStart.Year, 7, 10);
            enrolled = false;
        }

        var person = b.Add(people.Create(rng, index, birth, enrolled ? ChooseIdentity(rng, index, coverage) : Identity.Bsn)
            with { Startkwalificatie = startkwalificatie });
        var duty = DutyRules.HasDuty(birth, startkwalificatie, asOf);
        if (duty && !enrolled)
        {
            throw new InvalidOperationException("A background pupil with duty must be enrolled.");
        }

        b.Expect(person, duty ? PupilStatus.Attending : PupilStatus.NoDuty);
        if (!enrolled)
        {
            return;
        }

        if (!coverage && duty && rng.Chance(0.06))
        {
            // New in the region this school year: no earlier enrolment here, settled shortly before.
            begin = SchoolDays.OnOrAfter(rng.DayBetween(setup.SchoolYearStart.AddDays(14), asOf.AddDays(-1)));
            b.SettledOn(person, begin.AddDays(-rng.Between(3, 40)));
        }

        var from = begin > setup.SchoolYearStart ? begin : setup.SchoolYearStart;
        if (!coverage && rng.Chance(0.04) && from.AddDays(10) < asOf)
        {
            var partner = setup.PickSchool(rng, home.Sector, except: home);
            var end = rng.DayBetween(from.AddDays(10), asOf.AddDays(-1));
            b.Enrol(person, home, begin, end, destination: partner.Code);
            b.Enrol(person, partner, end.AddDays(1));
            Noise(b, rng, person, home, from, end, unauthorised: false);
            Noise(b, rng, person, partner, end.AddDays(1), asOf, unauthorised: true);
        }
        else
        {
            b.Enrol(person, home, begin);
            Noise(b, rng, person, home, from, asOf, unauthorised: true);
        }
    }

    private static Identity ChooseIdentity(PupilRandom rng, int index, bool coverage)
    {
        if (coverage || index % Identifiers.OnderwijsnummerSlot != Identifiers.OnderwijsnummerResidue)
        {
            return Identity.Bsn;
        }

        var roll = rng.NextDouble();
        return roll < 0.3 ? Identity.KopLinked : roll < 0.5 ? Identity.OnderwijsnummerOnly : Identity.Bsn;
    }

    /// <summary>Authorised absence on a few days; unauthorised (at most 3 days of at most 5 hours) only where allowed.</summary>
    private void Noise(CaseBuilder b, PupilRandom rng, Person p, SchoolInfo school, DateOnly first, DateOnly last, bool unauthorised)
    {
        if (!school.Exports || last < first)
        {
            return;
        }

        var days = new List<(DateOnly Day, int Tenths, string Code)>();
        for (var i = rng.Next(9); i > 0; i--)
        {
            days.Add((SchoolDays.OnOrBefore(rng.DayBetween(first, last)), rng.Between(2, 12) * 5, rng.Pick(AbsenceDay.AuthorisedCodes)));
        }

        var lastUnauthorised = last < setup.AsOf.AddDays(-4) ? last : setup.AsOf.AddDays(-4);
        if (unauthorised && lastUnauthorised >= first && rng.Chance(0.12))
        {
            for (var i = rng.Between(1, 3); i > 0; i--)
            {
                var code = rng.Chance(0.8) ? AbsenceDay.Unauthorised : AbsenceDay.Luxury;
                days.Add((SchoolDays.OnOrBefore(rng.DayBetween(first, lastUnauthorised)), rng.Between(2, 10) * 5, code));
            }
        }

        // One row per pupil per day; the first drawn wins. A weekday "on or before" may fall before the
        // enrolment began, so those are dropped too.
        foreach (var group in days.Where(d => d.Day >= first).GroupBy(d => d.Day).OrderBy(g => g.Key))
        {
            var (day, tenths, code) = group.First();
            b.Absence(p, school, [day], tenths, code);
        }
    }
}
