using System.Diagnostics;
using System.Globalization;
using Thuiszitters.Generator.Cases;
using Thuiszitters.Generator.Model;
using Thuiszitters.Generator.Writers;

namespace Thuiszitters.Generator;

/// <summary>
/// Writes the drop folder and ground truth of a synthetic region. Memory stays bounded: no pass keeps
/// pupils, every pass regenerates each pupil from (seed, index). The main pass writes the ROD batches,
/// BRP extracts, ground truth and the exports of the first group of schools; each further group of
/// schools (when there are more than fit in one set of open files) takes one more pass.
/// </summary>
internal sealed class RegionGenerator(GeneratorOptions options, Action<string>? progress = null)
{
    /// <summary>Exporting schools whose three files are open at once.</summary>
    public const int SchoolsPerPass = 150;

    private readonly SortedDictionary<string, long> _statuses = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _conflicts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _scenarios = new(StringComparer.Ordinal);

    public GenerationSummary Run(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var setup = new RegionSetup(options);
        var folder = Path.GetFullPath(options.OutputFolder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new IOException("The output folder is not empty.");
        }

        Directory.CreateDirectory(folder);
        var temp = Directory.CreateDirectory(Path.Combine(folder, ".generate-tmp")).FullName;
        var groups = setup.Schools.Where(s => s.Exports).Chunk(SchoolsPerPass).ToList();
        var factory = new CaseFactory(setup);
        long persons = 0, planted = 0;
        using (var rod1 = new RodBatchWriter(folder, temp, setup, 1))
        using (var rod2 = new RodBatchWriter(folder, temp, setup, 2))
        using (var brp = new BrpWriter(folder, setup))
        using (var truth = new GroundTruthWriter(folder, temp))
        {
            ForEachCase(factory, groups.FirstOrDefault() ?? [], setup, 1, groups.Count, c =>
            {
                persons += c.ExpectedPupils.Count;
                planted += c.Scenario == "background" ? 0 : 1;
                WriteRod(c, rod1, rod2);
                foreach (var entry in c.Brp)
                {
                    brp.Write(entry);
                }

                Record(c, truth);
            }, cancellationToken);
            rod1.Complete();
            rod2.Complete();
            truth.Complete(setup.AsOf, $"synthetic region: seed {options.Seed}, {options.Pupils} pupil indices, {options.Schools} schools, {options.Gemeenten} gemeenten, SWV {options.Swv}");
        }

        for (var g = 1; g < groups.Count; g++)
        {
            ForEachCase(factory, groups[g], setup, g + 1, groups.Count, _ => { }, cancellationToken);
        }

        Directory.Delete(temp);
        var files = Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return new GenerationSummary(persons, planted, setup.PlantPeriod, _statuses, _conflicts, _scenarios, files, watch.Elapsed);
    }

    /// <summary>One pass over every pupil index, writing the exports of <paramref name="schools"/> on the way.</summary>
    private void ForEachCase(CaseFactory factory, SchoolInfo[] schools, RegionSetup setup, int pass, int passes, Action<RegionCase> also, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.OutputFolder);
        var writers = new Dictionary<string, SchoolExportWriter>(StringComparer.Ordinal);
        try
        {
            foreach (var school in schools)
            {
                writers.Add(school.Code, new SchoolExportWriter(folder, school, setup.AsOf, setup.SchoolYearStart));
            }

            for (var index = 0; index < options.Pupils; index++)
            {
                if (index % 65_536 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (index > 0 && index % 524_288 == 0)
                    {
                        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"pass {pass}/{Math.Max(passes, 1)}: {index:N0} of {options.Pupils:N0} pupil indices"));
                    }
                }

                var c = factory.Build(index);
                WriteSchools(c, writers);
                also(c);
            }
        }
        finally
        {
            foreach (var writer in writers.Values)
            {
                writer.Dispose();
            }
        }
    }

    private static void WriteSchools(RegionCase c, Dictionary<string, SchoolExportWriter> writers)
    {
        foreach (var e in c.Enrolments)
        {
            if (writers.TryGetValue(e.School.Code, out var w))
            {
                w.Write(e);
            }
        }

        foreach (var a in c.Absences)
        {
            if (writers.TryGetValue(a.School.Code, out var w))
            {
                w.Write(a);
            }
        }

        foreach (var r in c.Registrations)
        {
            if (writers.TryGetValue(r.School.Code, out var w))
            {
                w.Write(r);
            }
        }
    }

    private static void WriteRod(RegionCase c, RodBatchWriter complete, RodBatchWriter partial)
    {
        foreach (var p in c.RodPersons)
        {
            (p.Batch == 1 ? complete : partial).Write(p);
        }

        foreach (var e in c.RodEnrolments)
        {
            (e.Batch == 1 ? complete : partial).Write(e);
        }

        foreach (var r in c.RodReports)
        {
            (r.Batch == 1 ? complete : partial).Write(r);
        }

        foreach (var x in c.RodExemptions)
        {
            (x.Batch == 1 ? complete : partial).Write(x);
        }

        foreach (var link in c.RodLinks)
        {
            complete.WriteLink(link);
        }
    }

    private void Record(RegionCase c, GroundTruthWriter truth)
    {
        Count(_scenarios, c.Scenario);
        foreach (var e in c.ExpectedPupils)
        {
            truth.Write(e);
            Count(_statuses, e.Status);
        }

        foreach (var conflict in c.ExpectedConflicts)
        {
            truth.Write(conflict);
            Count(_conflicts, conflict.Code);
        }
    }

    private static void Count(SortedDictionary<string, long> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
