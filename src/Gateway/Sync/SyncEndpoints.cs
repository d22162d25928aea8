using System.Globalization;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Security;
using Thuiszitters.Gateway.Sync.Api;

namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// <c>/api/sync</c>, for IT staff only: the sources' health, the run history (filters, paging, total), a run's files and
/// quarantined records (file, line, field, reason; never a record's content), a refused file's original bytes (audited),
/// and the actions run now, pause, resume and apply again. Bad input is a 400 problem naming the parameter.
/// </summary>
internal static class SyncEndpoints
{
    private const int MaxPageSize = 200;
    private const int MaxList = 500;

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/sync").RequireAuthorization(SecurityServiceCollectionExtensions.SyncOperators).ExcludeFromDescription();
        api.MapGet("/sources", SourcesAsync);
        api.MapGet("/runs", RunsAsync);
        api.MapGet("/runs/{id}", RunAsync);
        api.MapGet("/refused", RefusedAsync);
        api.MapGet("/quarantined", QuarantinedAsync);
        api.MapGet("/stats", StatsAsync);
        api.MapGet("/files/{id}/content", ContentAsync);
        api.MapPost("/files/{id}/apply-again", ApplyAgainAsync);
        api.MapPost("/sources/{name}/run", RunNowAsync);
        api.MapPost("/sources/{name}/pause", PauseAsync);
        api.MapPost("/sources/{name}/resume", ResumeAsync);
    }

    private static async Task<Ok<SourcesAnswer>> SourcesAsync(
        IOptions<SourcesOptions> sources, IOptions<SyncOptions> options, SyncQueries queries, SyncServer server, IServiceProvider services,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var states = await queries.SourceStatesAsync(cancellationToken);
        var latest = await queries.LatestRunsAsync(cancellationToken);
        var zone = SyncRunner.Zone(options.Value);
        var list = sources.Value.Items.Select(source =>
        {
            var state = states.GetValueOrDefault(source.Name);
            var (last, running) = latest.GetValueOrDefault(source.Name);
            var lastSuccess = state?.LastSuccessAt;
            var next = SourcesOptionsValidator.Parse(source.Schedule)?.GetNextOccurrence(now, zone);
            var paused = state?.Paused ?? false;
            var streak = state?.FailingStreak ?? 0;
            return new SourceHealth(
                source.Name, source.Kind, source.Schedule, paused ? null : next, paused, state?.PausedAt, state?.PausedReason, streak, lastSuccess,
                lastSuccess is { } success ? (long)(now - success).TotalSeconds : null, last, running,
                paused || streak > 0 || last?.Outcome == SyncOutcomes.Refused);
        }).ToList();
        long? enqueued = null;
        if (sources.Value.Items.Count > 0)
        {
            enqueued = services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedCount("default");
        }

        return TypedResults.Ok(new SourcesAnswer(list, server.Running, enqueued, now));
    }

    private static async Task<Results<Ok<SyncRunPage>, ProblemHttpResult>> RunsAsync(
        SyncQueries queries, string? source, string? outcome, string? trigger, string? from, string? to, string? page, string? pageSize,
        CancellationToken cancellationToken)
    {
        if (outcome is not null && !SyncOutcomes.All.Contains(outcome))
        {
            return BadParameter("outcome", "Onbekende uitkomst; kies uit " + string.Join(", ", SyncOutcomes.All) + ".");
        }

        if (trigger is not null && !SyncTriggers.All.Contains(trigger))
        {
            return BadParameter("trigger", "Onbekende aanleiding; kies uit " + string.Join(", ", SyncTriggers.All) + ".");
        }

        if (source is not null && (source.Length > 64 || source.Contains('\0', StringComparison.Ordinal)))
        {
            return BadParameter("source", "Geen geldige bronnaam.");
        }

        if (!TryDate(from, out var fromDate))
        {
            return BadParameter("from", "Een datum als jjjj-mm-dd.");
        }

        if (!TryDate(to, out var toDate))
        {
            return BadParameter("to", "Een datum als jjjj-mm-dd.");
        }

        if (!TryInt(page, 1, 1, int.MaxValue / MaxPageSize, out var pageNumber))
        {
            return BadParameter("page", "Een paginanummer vanaf 1.");
        }

        if (!TryInt(pageSize, 50, 1, MaxPageSize, out var size))
        {
            return BadParameter("pageSize", $"Een aantal van 1 tot {MaxPageSize}.");
        }

        var filter = new RunFilter(source, outcome, trigger, fromDate, toDate?.AddDays(1));
        return TypedResults.Ok(await queries.RunsAsync(filter, pageNumber, size, cancellationToken));
    }

    private static async Task<Results<Ok<SyncRunDetail>, ProblemHttpResult>> RunAsync(SyncQueries queries, string id, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var runId))
        {
            return BadParameter("id", "Een runnummer.");
        }

        if (await queries.RunAsync(runId, cancellationToken) is not { } run)
        {
            return NotFound("Deze run bestaat niet (meer).");
        }

        return TypedResults.Ok(new SyncRunDetail(
            run, await queries.FilesAsync(runId, null, false, MaxList, cancellationToken), await queries.QuarantinedAsync(runId, null, MaxList, cancellationToken)));
    }

    private static async Task<Results<Ok<IReadOnlyList<SyncFileInfo>>, ProblemHttpResult>> RefusedAsync(
        SyncQueries queries, IOptions<SourcesOptions> sources, string? source, CancellationToken cancellationToken)
    {
        if (source is not null && sources.Value.Find(source) is null)
        {
            return BadParameter("source", "Onbekende bron.");
        }

        return TypedResults.Ok(await queries.FilesAsync(null, source, true, MaxList, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<QuarantinedInfo>>, ProblemHttpResult>> QuarantinedAsync(
        SyncQueries queries, IOptions<SourcesOptions> sources, string? source, CancellationToken cancellationToken)
    {
        if (source is not null && sources.Value.Find(source) is null)
        {
            return BadParameter("source", "Onbekende bron.");
        }

        return TypedResults.Ok(await queries.QuarantinedAsync(null, source, MaxList, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<SyncDayStats>>, ProblemHttpResult>> StatsAsync(
        SyncQueries queries, IOptions<SyncOptions> options, TimeProvider time, string? days, CancellationToken cancellationToken)
    {
        if (!TryInt(days, 30, 1, 400, out var count))
        {
            return BadParameter("days", "Een aantal dagen van 1 tot 400.");
        }

        var zone = SyncRunner.Zone(options.Value);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var start = today.AddDays(1 - count).ToDateTime(TimeOnly.MinValue);
        var from = new DateTimeOffset(start, zone.GetUtcOffset(start));
        return TypedResults.Ok(await queries.DaysAsync(from, options.Value.TimeZone, cancellationToken));
    }

    /// <summary>The original file: the bytes the register kept of a refused file, else the archived file. Audited (it holds pupil data).</summary>
    private static async Task<Results<FileContentHttpResult, PhysicalFileHttpResult, ProblemHttpResult>> ContentAsync(
        SyncQueries queries, AuditLog audit, HttpContext http, string id, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var fileId))
        {
            return BadParameter("id", "Een bestandsnummer.");
        }

        if (await queries.FileAsync(fileId, cancellationToken) is not { } found)
        {
            return NotFound("Dit bestand is niet bekend.");
        }

        var (file, archivePath, _) = found;
        var kept = file.DeliveryId is { } delivery ? await queries.RejectedContentAsync(delivery, cancellationToken) : null;
        if (kept is null && (archivePath is null || !File.Exists(archivePath)))
        {
            return NotFound("Het originele bestand is er niet meer (niet bewaard, of al opnieuw aangeboden).");
        }

        await audit.RecordAsync(http.User.ToCaller(), "sync-file-download:" + fileId.ToString(CultureInfo.InvariantCulture), [], "origineel aangeleverd bestand", cancellationToken);
        return kept is not null
            ? TypedResults.File(kept, "application/octet-stream", file.FileName)
            : TypedResults.PhysicalFile(archivePath!, "application/octet-stream", file.FileName);
    }

    private static async Task<Results<Accepted<RunStarted>, ProblemHttpResult>> ApplyAgainAsync(SyncControl control, string id, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var fileId))
        {
            return BadParameter("id", "Een bestandsnummer.");
        }

        var (result, jobId) = await control.ApplyAgainAsync(fileId, cancellationToken);
        return result switch
        {
            SyncControl.Result.Done => TypedResults.Accepted((string?)null, new RunStarted("", jobId!, SyncTriggers.Retry)),
            SyncControl.Result.UnknownSource => NotFound("Dit bestand is niet bekend."),
            SyncControl.Result.NotRefused => Conflict("Dit bestand is niet geweigerd."),
            SyncControl.Result.NotReplaced => Conflict("Het bestand in het archief is nog hetzelfde als het geweigerde: vervang het eerst door een verbeterde versie."),
            SyncControl.Result.ArchiveMissing => Conflict("Het geweigerde bestand staat niet meer in het archief."),
            SyncControl.Result.Paused => Conflict("De bron is gepauzeerd: hervat haar eerst."),
            _ => Conflict("Deze bron kent geen aanleverfolder."),
        };
    }

    private static async Task<Results<Accepted<RunStarted>, ProblemHttpResult>> RunNowAsync(SyncControl control, string name, CancellationToken cancellationToken)
    {
        var (result, jobId) = await control.RunNowAsync(name, cancellationToken);
        return result switch
        {
            SyncControl.Result.Done => TypedResults.Accepted((string?)null, new RunStarted(name, jobId!, SyncTriggers.Manual)),
            SyncControl.Result.Paused => Conflict("De bron is gepauzeerd: hervat haar eerst."),
            _ => NotFound("Onbekende bron."),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PauseAsync(SyncControl control, HttpContext http, string name, CancellationToken cancellationToken) =>
        await control.PauseAsync(name, http.User.ToCaller().Name, cancellationToken) == SyncControl.Result.Done ? TypedResults.NoContent() : NotFound("Onbekende bron.");

    private static async Task<Results<Accepted<RunStarted>, ProblemHttpResult>> ResumeAsync(SyncControl control, HttpContext http, string name, CancellationToken cancellationToken)
    {
        var (result, jobId) = await control.ResumeAsync(name, http.User.ToCaller().Name, cancellationToken);
        return result == SyncControl.Result.Done
            ? TypedResults.Accepted((string?)null, new RunStarted(name, jobId!, SyncTriggers.Manual))
            : NotFound("Onbekende bron.");
    }

    private static bool TryDate(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        value = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return true;
    }

    private static bool TryInt(string? text, int fallback, int min, int max, out int value)
    {
        value = fallback;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }

    private static ProblemHttpResult BadParameter(string parameter, string detail) =>
        TypedResults.Problem(
            title: "Invalid parameter: " + parameter, detail: detail, statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(title: "Not Found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(title: "Conflict", detail: detail, statusCode: StatusCodes.Status409Conflict);
}
