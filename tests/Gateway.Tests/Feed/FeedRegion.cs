using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Feed;

/// <summary>
/// A small region for feed tests, as of 2026-04-15: one exporting school (12AB00) with five pupils living in Alkmaar
/// (0361). <see cref="LongAbsent"/> has been away since 2 March (LONG_TERM_ABSENCE), <see cref="AtRisk"/> since 6 April
/// (AT_RISK); the other three attend. The deltas move, bring back and unenrol one pupil each.
/// </summary>
internal sealed class FeedRegion(NpgsqlDataSource dataSource) : IDisposable
{
    public const string Alkmaar = "0361";
    public const string Bergen = "0373";
    public const string School = "12AB00";
    public static readonly DateOnly AsOf = new(2026, 4, 15);

    private readonly DropFolder drop = new();

    public static string LongAbsent => Pgns.Bsn(1);

    public static string AtRisk => Pgns.Bsn(2);

    public static string Attending => Pgns.Bsn(3);

    public static IReadOnlyList<string> All { get; } = [.. Enumerable.Range(1, 5).Select(Pgns.Bsn)];

    public DeliveryIngestor Ingestor { get; } = new(dataSource, TimeProvider.System, IngestOptions.Default, NullLogger<DeliveryIngestor>.Instance);

    public RegisterReconciliation Reconciliation { get; } = new(dataSource, TimeProvider.System);

    /// <summary>Ingests the region's files and reconciles it in full.</summary>
    public async Task LoadAsync()
    {
        var pupils = SourceFiles.Pupils(School, "20260415");
        var brp = SourceFiles.Brp(Alkmaar, "20260415");
        for (var i = 0; i < All.Count; i++)
        {
            pupils.Pupil(string.Create(CultureInfo.InvariantCulture, $"S{i}"), bsn: All[i], achternaam: "Leerling" + i);
            brp.Resident(All[i], achternaam: "Leerling" + i);
        }

        foreach (var file in new ISourceFile[] { pupils, brp, Absences("20260415", withAtRisk: true) })
        {
            Assert.Equal("APPLIED", (await Ingestor.IngestFileAsync(drop.Write(file), CancellationToken.None)).Outcome);
        }

        await Reconciliation.RunAsync(AsOf, CancellationToken.None);
    }

    /// <summary><see cref="LongAbsent"/> settles in Bergen on 1 April.</summary>
    public Task MoveAsync() =>
        ApplyAsync(SourceFiles.Brp(Bergen, "20260416").Resident(LongAbsent, achternaam: "Leerling0", vestiging: "01-04-2026"));

    /// <summary>A newer absence export without <see cref="AtRisk"/>'s days: back at school.</summary>
    public Task ReturnAsync() => ApplyAsync(Absences("20260416", withAtRisk: false));

    /// <summary>A newer pupils export in which <see cref="Attending"/> left on 31 March for no other school.</summary>
    public Task UnenrolAsync()
    {
        var pupils = SourceFiles.Pupils(School, "20260417");
        for (var i = 0; i < All.Count; i++)
        {
            pupils.Pupil(string.Create(CultureInfo.InvariantCulture, $"S{i}"), bsn: All[i], achternaam: "Leerling" + i,
                uitschrijving: All[i] == Attending ? "31-03-2026" : "");
        }

        return ApplyAsync(pupils);
    }

    public async Task ApplyAsync(ISourceFile file)
    {
        var pipeline = new DeliveryPipeline(dataSource, Ingestor, Reconciliation);
        var (delivery, summary) = await pipeline.ApplyAsync(drop.Write(file), AsOf, CancellationToken.None);
        Assert.Equal("APPLIED", delivery.Outcome);
        Assert.NotNull(summary);
    }

    public void Dispose() => drop.Dispose();

    private static AbsencesCsvBuilder Absences(string date, bool withAtRisk)
    {
        var absences = SourceFiles.Absences(School, date);
        for (var day = new DateOnly(2026, 3, 2); day <= new DateOnly(2026, 4, 14); day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var text = day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
            absences.Day(LongAbsent, text);
            if (withAtRisk && day >= new DateOnly(2026, 4, 6))
            {
                absences.Day(AtRisk, text);
            }
        }

        return absences;
    }
}
