using Thuiszitters.Generator;
using Thuiszitters.Generator.Model;

namespace Thuiszitters.Gateway.Tests.Generator;

/// <summary>
/// An independent, deliberately naive reading of DOMAIN.md over the generator's records (identity,
/// ROD batches, duty, status). It exists to cross-check the ground truth the scenario builders write by
/// hand: where they disagree, one of the two misreads the rules. <see cref="ReferenceConflicts"/> holds
/// the conflict rules.
/// </summary>
internal sealed class ReferenceReconciler(DateOnly asOf)
{
    private readonly List<RegionCase> _cases = [];

    public DateOnly AsOf => asOf;

    /// <summary>Keeps a copy of the case (the generator reuses its instance).</summary>
    public void Add(RegionCase c)
    {
        var copy = new RegionCase { Scenario = c.Scenario };
        copy.Persons.AddRange(c.Persons);
        copy.Enrolments.AddRange(c.Enrolments);
        copy.Absences.AddRange(c.Absences);
        copy.Registrations.AddRange(c.Registrations);
        copy.RodPersons.AddRange(c.RodPersons);
        copy.RodEnrolments.AddRange(c.RodEnrolments);
        copy.RodReports.AddRange(c.RodReports);
        copy.RodExemptions.AddRange(c.RodExemptions);
        copy.RodLinks.AddRange(c.RodLinks);
        copy.Brp.AddRange(c.Brp);
        _cases.Add(copy);
    }

    public (Dictionary<string, ExpectedPupil> Pupils, HashSet<ExpectedConflict> Conflicts) Reconcile()
    {
        var conflicts = new HashSet<ExpectedConflict>();
        var facts = Gather(conflicts);
        var covered = facts.Values.SelectMany(f => f.Rod.Values).Select(r => r.School.Code).ToHashSet(StringComparer.Ordinal);
        var pupils = new Dictionary<string, ExpectedPupil>(StringComparer.Ordinal);
        foreach (var f in facts.Values)
        {
            var pupil = ReferenceStatus.Of(f, asOf);
            pupils.Add(f.Pgn, pupil);
            ReferenceConflicts.For(f, pupil, covered, asOf, conflicts);
        }

        ReferenceConflicts.Duplicates(facts.Values, conflicts);
        return (pupils, conflicts);
    }

    private Dictionary<string, ReferenceFacts> Gather(HashSet<ExpectedConflict> conflicts)
    {
        var kop = _cases.SelectMany(c => c.RodLinks).ToDictionary(p => p.Onderwijsnummer!, p => p.Bsn!, StringComparer.Ordinal);
        var facts = new Dictionary<string, ReferenceFacts>(StringComparer.Ordinal);
        ReferenceFacts Of(string pgn) => facts.TryGetValue(pgn, out var f) ? f : facts[pgn] = new ReferenceFacts(pgn);
        string? Resolve(string bsn, string onderwijsnummer, SchoolInfo school)
        {
            var number = bsn.Length > 0 ? bsn : onderwijsnummer;
            var valid = bsn.Length > 0 ? ReferenceDuty.ValidBsn(bsn) : ReferenceDuty.ValidOnderwijsnummer(onderwijsnummer);
            if (!valid)
            {
                conflicts.Add(new ExpectedConflict("INVALID_IDENTIFIER", number, school.Code, null));
                return null;
            }

            return kop.GetValueOrDefault(number, number);
        }

        foreach (var c in _cases)
        {
            foreach (var per in c.RodPersons)
            {
                var f = Of(kop.GetValueOrDefault(per.Pupil.Pgn, per.Pupil.Pgn));
                (f.RodBirth, f.Startkwalificatie, f.Names) = (per.BirthDate, per.Pupil.Startkwalificatie, per.Pupil);
            }

            foreach (var b in c.Brp)
            {
                var f = Of(b.Resident.Bsn!);
                (f.BrpBirth, f.Settled) = (b.BirthDate, b.Settled);
                f.Names ??= b.Resident;
            }

            foreach (var ins in c.RodEnrolments.OrderBy(r => r.Batch))
            {
                var rod = Of(kop.GetValueOrDefault(ins.Pupil.Pgn, ins.Pupil.Pgn)).Rod;
                if (ins.Mutation == 'V')
                {
                    rod.Remove((ins.School.Code, ins.Volgnummer));
                }
                else
                {
                    rod[(ins.School.Code, ins.Volgnummer)] = ins;
                }
            }

            foreach (var v in c.RodReports.OrderBy(r => r.Batch))
            {
                Of(v.Pupil.Pgn).Reports[v.Number] = v;
            }

            foreach (var x in c.RodExemptions.OrderBy(r => r.Batch))
            {
                Of(x.Pupil.Pgn).Exemptions[(x.Article, x.Begin)] = x;
            }

            foreach (var a in c.Enrolments)
            {
                if (Resolve(a.Pupil.SchoolBsn, a.Pupil.SchoolOnderwijsnummer, a.School) is { } pgn)
                {
                    var f = Of(pgn);
                    f.Admin.Add(a);
                    f.SchoolBirths.Add((a.School, a.BirthDateText ?? a.Pupil.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
                    f.Names ??= a.Pupil;
                }
            }

            foreach (var a in c.Absences)
            {
                if (Resolve(a.Pupil.SchoolBsn, a.Pupil.SchoolOnderwijsnummer, a.School) is { } pgn)
                {
                    Of(pgn).Absences.Add(a);
                }
            }

            foreach (var r in c.Registrations)
            {
                if (Resolve(r.Pupil.SchoolBsn, r.Pupil.SchoolOnderwijsnummer, r.School) is { } pgn)
                {
                    Of(pgn).Registrations.Add(r);
                }
            }
        }

        return facts;
    }
}
