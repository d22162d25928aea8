using System.Globalization;
using Thuiszitters.Generator.People;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Scenarios;

/// <summary>Who is who: KOP links, look-alike persons, differing birth dates and numbers that fail their check.</summary>
internal static class IdentityScenarios
{
    public static readonly IReadOnlyList<Scenario> All =
    [
        new("OnderwijsnummerLinkedByKop", OnderwijsnummerLinkedByKop),
        new("PossibleDuplicatePerson", PossibleDuplicatePerson),
        new("IdentityMismatchAtSchool", IdentityMismatchAtSchool),
        new("IdentityMismatchInBrp", IdentityMismatchInBrp),
        new("PartialBirthDateAgrees", PartialBirthDateAgrees),
        new("InvalidBsn", InvalidBsn),
        new("InvalidOnderwijsnummer", InvalidOnderwijsnummer),
    ];

    /// <summary>Like example 3: the school knows the onderwijsnummer, DUO the BSN and a KOP record. One person, pgn = BSN.</summary>
    private static void OnderwijsnummerLinkedByKop(ScenarioContext c)
    {
        var p = c.PupilBornOn(c.BirthForAge(6, 14), Identity.KopLinked);
        c.B.Enrol(p, c.School(p, exporting: true), c.UsualBegin(p));
        c.B.Expect(p, PupilStatus.Attending);
    }

    /// <summary>
    /// A BSN person and an unlinked onderwijsnummer person with the same birth date, initials and surname
    /// up to case and diacritics. Surname and birth date come from the occurrence, so no two pairs (and no
    /// one else) share them.
    /// </summary>
    private static void PossibleDuplicatePerson(ScenarioContext c)
    {
        var names = NameCatalog.DuplicateSurnames;
        var (bsnSpelling, onSpelling) = names[c.Occurrence % names.Count];
        var birth = c.Day(0).AddYears(-10).AddDays(-(c.Occurrence / names.Count));
        var withBsn = c.B.Add(c.Draft(birth) with
        {
            Surname = bsnSpelling, Voorvoegsel = "", Voornamen = "Sanne Maria", Roepnaam = "Sanne", Gender = 'V',
        });
        var withNumber = c.B.Add(c.Draft(birth, Identity.OnderwijsnummerOnly, 1) with
        {
            Surname = onSpelling, Voorvoegsel = "", Voornamen = "Sanne Maria", Roepnaam = "Sanne", Gender = 'V',
            Gemeente = withBsn.Gemeente, Postcode = withBsn.Postcode,
        });
        c.B.Enrol(withBsn, c.School(withBsn), c.UsualBegin(withBsn));
        c.B.Enrol(withNumber, c.School(withNumber, exporting: true), c.UsualBegin(withNumber));
        c.B.Expect(withBsn, PupilStatus.Attending);
        c.B.Expect(withNumber, PupilStatus.Attending);
        c.B.Conflict(ConflictCode.PossibleDuplicatePerson, withBsn);
    }

    /// <summary>The school's birth date differs from ROD's (and the BRP's). Anchor: that school.</summary>
    private static void IdentityMismatchAtSchool(ScenarioContext c)
    {
        var p = c.Pupil(7, 13);
        var school = c.School(p, exporting: true);
        var begin = c.UsualBegin(p);
        var wrong = p.BirthDate.AddDays(c.Vary(1, -32, 365));
        c.B.Admin(p, school, begin, null, birthDateText: wrong.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        c.B.Rod(p, school, begin, null);
        c.B.Expect(p, PupilStatus.Attending);
        c.B.Conflict(ConflictCode.IdentityMismatch, p, school);
    }

    /// <summary>Only the BRP differs from ROD (the school has no exports): no school to anchor on.</summary>
    private static void IdentityMismatchInBrp(ScenarioContext c)
    {
        var p = c.Pupil(7, 13);
        c.B.Enrol(p, c.School(p, exporting: false), c.UsualBegin(p));
        c.B.BrpBirthDate(p, p.BirthDate.AddDays(c.Vary(-1, 40)));
        c.B.Expect(p, PupilStatus.Attending);
        c.B.Conflict(ConflictCode.IdentityMismatch, p);
    }

    /// <summary>An EDEX export knows only the year and month (or year) of birth; the known parts agree, so no conflict.</summary>
    private static void PartialBirthDateAgrees(ScenarioContext c)
    {
        var p = c.Pupil(7, 13);
        var school = c.School(p, kind: ExportKind.Edex);
        var begin = c.UsualBegin(p);
        var text = p.BirthDate.ToString(c.Vary("yyyy-MM", "yyyy"), CultureInfo.InvariantCulture);
        c.B.Admin(p, school, begin, null, birthDateText: text);
        c.B.Rod(p, school, begin, null);
        c.B.Expect(p, PupilStatus.Attending);
    }

    /// <summary>A leerlingen record whose BSN fails the elfproef: quarantined and flagged with the number as given.</summary>
    private static void InvalidBsn(ScenarioContext c)
    {
        var draft = c.Draft(c.BirthForAge(6, 14));
        var p = c.B.Add(draft with { Bsn = Identifiers.Invalidate(draft.Bsn!), Quarantined = true });
        var school = c.School(p, exporting: true);
        c.B.Admin(p, school, c.UsualBegin(p), null);
        c.B.Conflict(ConflictCode.InvalidIdentifier, p.Bsn!, school, null);
    }

    /// <summary>A leerlingen record whose onderwijsnummer fails its check (sum mod 11 is not 5).</summary>
    private static void InvalidOnderwijsnummer(ScenarioContext c)
    {
        var draft = c.Draft(c.BirthForAge(6, 14), Identity.OnderwijsnummerOnly);
        var p = c.B.Add(draft with { Onderwijsnummer = Identifiers.Invalidate(draft.Onderwijsnummer!), Quarantined = true });
        var school = c.School(p, exporting: true);
        c.B.Admin(p, school, c.UsualBegin(p), null);
        c.B.Conflict(ConflictCode.InvalidIdentifier, p.Onderwijsnummer!, school, null);
    }
}
