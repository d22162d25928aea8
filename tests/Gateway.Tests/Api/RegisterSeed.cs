using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Persistence;
using Thuiszitters.Gateway.Register.Entities;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Api;

/// <summary>
/// A small region: four pupils in two gemeenten and three schools, one conflict each for A, B and D, written by the
/// real <see cref="ReconciliationStore"/>; the schools' and gemeenten' source files (with BSNs and surnames) are
/// ingested too, so the pupil page reads real facts.
/// </summary>
internal static class RegisterSeed
{
    public const string SchoolA = "12AB00";
    public const string SchoolB = "34CD00";
    public const string SchoolC = "56EF00";

    public static readonly DateOnly AsOf = new(2026, 4, 15);

    /// <summary>Lives in 0361, enrolled at <see cref="SchoolA"/>, absolute absence; conflict NOT_IN_ROD at school A.</summary>
    public static readonly string PupilA = Pgns.Bsn(701);

    /// <summary>Lives in 0383, enrolled at <see cref="SchoolB"/>, long-term absence; conflict ENROLMENT_GAP at school B.</summary>
    public static readonly string PupilB = Pgns.Bsn(702);

    /// <summary>Lives in 0361, enrolled at <see cref="SchoolB"/>, at risk; no conflict.</summary>
    public static readonly string PupilC = Pgns.Bsn(703);

    /// <summary>Lives in 0383, enrolled at <see cref="SchoolC"/>, absolute absence; conflict UNENROLLED_WITHOUT_NEW_SCHOOL at school C.</summary>
    public static readonly string PupilD = Pgns.Bsn(704);

    public static IReadOnlyList<string> Pupils { get; } = [PupilA, PupilB, PupilC, PupilD];

    /// <summary>The surnames in the ingested files: none may ever reach a log line.</summary>
    public static IReadOnlyList<string> Surnames { get; } = ["Zwanenburgh", "Kroezeveld", "Ploegmakers", "Tiemersma"];

    public static async Task SeedAsync(NpgsqlDataSource dataSource, TimeProvider clock)
    {
        await IngestSourcesAsync(dataSource, clock);
        PupilOutcome Pupil(string pgn, PupilStatus status, DurationBand? band, string gemeente, string school) =>
            new(pgn, null, status, new DateOnly(2026, 3, 2), band, gemeente, [school], []);
        var run = new ReconciliationRun(
            AsOf,
            [
                Pupil(PupilA, PupilStatus.AbsoluteAbsence, DurationBand.UpTo4Weeks, "0361", SchoolA),
                Pupil(PupilB, PupilStatus.LongTermAbsence, DurationBand.From4WeeksTo3Months, "0383", SchoolB),
                Pupil(PupilC, PupilStatus.AtRisk, null, "0361", SchoolB),
                Pupil(PupilD, PupilStatus.AbsoluteAbsence, DurationBand.UpTo4Weeks, "0383", SchoolC),
            ],
            [
                new ConflictFinding(ConflictCode.NotInRod, PupilA, SchoolA, new DateOnly(2025, 8, 18), ActingParty.School, null, "inschrijving niet in ROD"),
                new ConflictFinding(ConflictCode.EnrolmentGap, PupilB, SchoolB, new DateOnly(2026, 2, 1), ActingParty.Leerplicht, null, "gat tussen inschrijvingen"),
                new ConflictFinding(ConflictCode.UnenrolledWithoutNewSchool, PupilD, SchoolC, new DateOnly(2026, 3, 20), ActingParty.LeavingSchoolAndLeerplicht, null, "uitgeschreven zonder nieuwe school"),
            ]);
        var facts = new RegisterFacts([], new RegionFacts(new HashSet<string>(), new HashSet<string> { SchoolA, SchoolB, SchoolC }), []);
        await new ReconciliationStore(dataSource, clock).SaveAsync(run, null, facts, CancellationToken.None);
    }

    /// <summary>The id of the conflict about <paramref name="pgn"/>.</summary>
    public static async Task<long> ConflictIdAsync(NpgsqlDataSource dataSource, string pgn)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM conflicts WHERE pgn = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = pgn });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task IngestSourcesAsync(NpgsqlDataSource dataSource, TimeProvider clock)
    {
        using var folder = new DropFolder();
        var ingestor = new DeliveryIngestor(dataSource, clock, IngestOptions.Default, NullLogger<DeliveryIngestor>.Instance);
        ISourceFile[] files =
        [
            SourceFiles.Pupils(SchoolA, "20260301").Pupil("1", bsn: PupilA, achternaam: Surnames[0]),
            SourceFiles.Pupils(SchoolB, "20260301").Pupil("1", bsn: PupilB, achternaam: Surnames[1]).Pupil("2", bsn: PupilC, achternaam: Surnames[2]),
            SourceFiles.Pupils(SchoolC, "20260301").Pupil("1", bsn: PupilD, achternaam: Surnames[3]),
            SourceFiles.Brp("0361", "20260401").Resident(PupilA, achternaam: Surnames[0]).Resident(PupilC, achternaam: Surnames[2]),
            SourceFiles.Brp("0383", "20260401").Resident(PupilB, achternaam: Surnames[1]).Resident(PupilD, achternaam: Surnames[3]),
        ];
        foreach (var file in files)
        {
            var result = await ingestor.IngestFileAsync(folder.Write(file), CancellationToken.None);
            if (result.Outcome != DeliveryOutcomes.Applied)
            {
                throw new InvalidOperationException($"seed file not applied: {result}");
            }
        }
    }
}
