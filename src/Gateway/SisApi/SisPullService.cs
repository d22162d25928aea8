using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;
using Thuiszitters.Connectors.SisApi;
using Thuiszitters.Gateway.Http;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.SisApi;

/// <summary>
/// Pulls one school from its school system's API and applies it as that school's export. Pupils come incrementally
/// (<c>changedSince</c> and a cursor per school in <c>sis_cursors</c>, advanced only after the page's items are
/// committed), absences by date window. Then the school's pupils and absence days, as the register holds them from the
/// API, are written as the school CSV export and applied by the same ingest as a dropped file (reconciled, quarantine
/// and contract checks unchanged). A page that breaks the contract fails the pull and leaves the cursor where it was.
/// </summary>
internal sealed class SisPullService(
    SisApiClients clients,
    SisPullStore store,
    DeliveryPipeline pipeline,
    TimeProvider time,
    IOptions<SisApiOptions> options,
    ILogger<SisPullService> logger)
{
    /// <summary>Called after a page is committed and before the cursor moves past it (tests make it fail there).</summary>
    internal Func<string, int, CancellationToken, Task>? AfterPageCommitted { get; set; }

    /// <summary>Pulls several schools, at most <see cref="SisApiOptions.MaxParallelSchools"/> at a time.</summary>
    public async Task<IReadOnlyList<SisPullResult>> PullAsync(IReadOnlyList<SisSourceOptions> sources, string trigger, CancellationToken cancellationToken)
    {
        var results = new SisPullResult[sources.Count];
        await Parallel.ForAsync(
            0,
            sources.Count,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelSchools, CancellationToken = cancellationToken },
            async (i, token) => results[i] = await PullSchoolAsync(sources[i], trigger, token));
        return results;
    }

    /// <summary>One pull of one school; faults of the API (after the retries) are a <see cref="SisPullResult.Failed"/> result, not an exception.</summary>
    public Task<SisPullResult> PullSchoolAsync(SisSourceOptions source, string trigger, CancellationToken cancellationToken) =>
        PullSchoolAsync(source, trigger, null, cancellationToken);

    /// <summary>
    /// One pull of one school, reconciled as of <paramref name="asOf"/> (null: today), with the absences of the
    /// <see cref="SisApiOptions.AbsenceWindowDays"/> up to that date; the export it applies is dated today. Faults of the
    /// API (after the retries) are a <see cref="SisPullResult.Failed"/> result, not an exception.
    /// </summary>
    public async Task<SisPullResult> PullSchoolAsync(SisSourceOptions source, string trigger, DateOnly? asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var endpoint = EndpointOf(source);
        var school = source.School;
        var runId = await store.StartRunAsync(school, trigger, cancellationToken);
        var tally = new Tally();
        SisPullResult result;
        try
        {
            var api = clients.Api(endpoint);
            await PullStudentsAsync(api, endpoint, school, tally, cancellationToken);
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            await PullAbsencesAsync(api, school, runId, asOf ?? today, tally, cancellationToken);
            result = await DeliverAsync(school, today, asOf ?? today, tally, cancellationToken);
        }
        catch (Exception e) when (Reason(e) is { } reason && !cancellationToken.IsCancellationRequested)
        {
            SisApiLog.Failed(logger, school, trigger, tally.Pages, reason);
            result = new SisPullResult(school, SisPullResult.Failed, tally.Pages, tally.Students, tally.Absences, 0, null, null, reason);
        }

        await store.FinishRunAsync(runId, result, CancellationToken.None);
        if (result.Outcome == SisPullResult.Applied)
        {
            SisApiLog.Pulled(logger, school, trigger, result.Outcome, result.Pages, result.Students, result.Absences, result.Quarantined);
        }

        return result with { RunId = runId };
    }

    private SisEndpoint EndpointOf(SisSourceOptions source)
    {
        var defaults = options.Value;
        var clientId = source.ClientId ?? defaults.ClientId;
        var secret = source.ClientSecret ?? defaults.ClientSecret;
        if (source.BaseUrl is null || string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secret))
        {
            throw new InvalidOperationException($"the school-system source of {source.School} needs a base URL, a client id and a client secret (SisApi:ClientId, SisApi__ClientSecret)");
        }

        var baseUrl = source.BaseUrl.AbsoluteUri.EndsWith('/') ? source.BaseUrl : new Uri(source.BaseUrl.AbsoluteUri + "/");
        return new SisEndpoint(baseUrl, clientId, secret);
    }

    private async Task PullStudentsAsync(ISisApi api, SisEndpoint endpoint, string school, Tally tally, CancellationToken cancellationToken)
    {
        var cursor = await store.CursorAsync(school, endpoint.BaseUrl.AbsoluteUri, cancellationToken);
        if (cursor.Cursor is null)
        {
            // A new walk from the watermark of the last complete one.
            cursor.WalkSince = cursor.ChangedSince;
            cursor.WalkMaxChangedAt = null;
        }

        while (true)
        {
            var since = cursor.WalkSince?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
            var page = await api.GetStudentsAsync(school, since, cursor.Cursor, cancellationToken);
            if (SisPageCheck.Students(page) is { } breach)
            {
                throw new SisContractException($"students page {tally.Pages + 1}: {breach}");
            }

            await store.CommitStudentsAsync(school, page.Items, cancellationToken);
            tally.Pages++;
            tally.Students += page.Items.Count;
            if (AfterPageCommitted is { } hook)
            {
                await hook(school, tally.Pages, cancellationToken);
            }

            var max = page.Items.Count == 0 ? (DateTimeOffset?)null : page.Items.Max(s => s.ChangedAt);
            if (max is { } m && (cursor.WalkMaxChangedAt is null || m > cursor.WalkMaxChangedAt))
            {
                cursor.WalkMaxChangedAt = m;
            }

            if (page.Next is null)
            {
                cursor.ChangedSince = cursor.WalkMaxChangedAt ?? cursor.WalkSince;
                cursor.Cursor = null;
                cursor.WalkSince = null;
                cursor.WalkMaxChangedAt = null;
                await store.SaveCursorAsync(cursor, cancellationToken);
                return;
            }

            cursor.Cursor = page.Next;
            await store.SaveCursorAsync(cursor, cancellationToken);
        }
    }

    private async Task PullAbsencesAsync(ISisApi api, string school, long runId, DateOnly until, Tally tally, CancellationToken cancellationToken)
    {
        var from = until.AddDays(-options.Value.AbsenceWindowDays);
        var (fromText, toText) = (from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        string? next = null;
        do
        {
            var page = await api.GetAbsencesAsync(school, fromText, toText, next, cancellationToken);
            if (SisPageCheck.Absences(page) is { } breach)
            {
                throw new SisContractException($"absences page: {breach}");
            }

            await store.CommitAbsencesAsync(school, runId, page.Items, cancellationToken);
            tally.Pages++;
            tally.Absences += page.Items.Count;
            next = page.Next;
        }
        while (next is not null);

        await store.RemoveUnseenAbsencesAsync(school, runId, from, until, cancellationToken);
    }

    /// <summary>The school's pupils and absence days as the school CSV export, applied through the drop-folder ingest and reconciled.</summary>
    private async Task<SisPullResult> DeliverAsync(string school, DateOnly today, DateOnly asOf, Tally tally, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("tz-sis-");
        try
        {
            var pupils = Path.Combine(folder.FullName, SisCsv.PupilsFileName(school, today));
            await using (var writer = new StreamWriter(pupils, false, new UTF8Encoding(false)))
            {
                await SisCsv.WritePupilsAsync(writer, store.StudentsAsync(school, cancellationToken), cancellationToken);
            }

            var absences = Path.Combine(folder.FullName, SisCsv.AbsencesFileName(school, today));
            await using (var writer = new StreamWriter(absences, false, new UTF8Encoding(false)))
            {
                await SisCsv.WriteAbsencesAsync(writer, store.AbsencesAsync(school, cancellationToken), cancellationToken);
            }

            var pupilsFile = await ApplyAsync(pupils, asOf, cancellationToken);
            var absencesFile = await ApplyAsync(absences, asOf, cancellationToken);
            var (pupilsDelivery, absencesDelivery) = (pupilsFile.Delivery, absencesFile.Delivery);
            var refused = new[] { pupilsDelivery, absencesDelivery }.FirstOrDefault(d => d.Outcome == DeliveryOutcomes.Rejected);
            var held = pupilsDelivery.Outcome == DeliveryOutcomes.Superseded || absencesDelivery.Outcome == DeliveryOutcomes.Superseded;
            return new SisPullResult(
                school,
                refused is not null ? SisPullResult.Failed : held ? SisPullResult.Staged : SisPullResult.Applied,
                tally.Pages,
                tally.Students,
                tally.Absences,
                pupilsDelivery.QuarantinedCount + absencesDelivery.QuarantinedCount,
                pupilsDelivery.DeliveryId,
                absencesDelivery.DeliveryId,
                refused is not null ? $"{refused.FileName} refused: {refused.Reason}"
                    : held ? "the school's export of today was applied already; what this pull brought is applied by the next day's pull" : null)
            {
                Files = [pupilsFile, absencesFile],
            };
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<SisAppliedFile> ApplyAsync(string path, DateOnly asOf, CancellationToken cancellationToken)
    {
        var (sha256, size) = (await FileFingerprint.Sha256Async(path, cancellationToken), new FileInfo(path).Length);
        var (delivery, reconciled) = await pipeline.ApplyAsync(path, asOf, cancellationToken);
        return new SisAppliedFile(delivery, sha256, size, reconciled?.RunId);
    }

    /// <summary>Why a pull failed, in words without personal data; null for a fault that is not the API's (a bug, the database).</summary>
    private static string? Reason(Exception e) => e switch
    {
        // Refit wraps what failed before an answer came (the handlers' faults, the token request's answer) with the request.
        ApiRequestException { InnerException: { } inner } => Reason(inner),
        SisContractException c => "contract breach: " + c.Message,
        ApiException { StatusCode: var s } api when (int)s is >= 200 and < 300 =>
            "contract breach: the answer is not the JSON the contract describes" + (api.InnerException is JsonException j ? $" ({j.Path}: {FirstSentence(j.Message)})" : ""),
        ApiException api when api.StatusCode == HttpStatusCode.Unauthorized => "the API refused the client's credentials (401)",
        ApiException api => FormattableString.Invariant($"the API answered {(int)api.StatusCode} {api.StatusCode}"),
        JsonException j => $"contract breach: {j.Path}: {FirstSentence(j.Message)}",
        BrokenCircuitException => "the API is failing: circuit breaker open",
        TimeoutRejectedException => "the API did not answer in time",
        RetryAfterTooLongException r => $"the API asked to wait {r.Wait}, longer than allowed",
        HttpRequestException { StatusCode: HttpStatusCode.Unauthorized } => "the API refused the client's credentials (401)",
        HttpRequestException { StatusCode: { } status } => FormattableString.Invariant($"the API answered {(int)status} {status}"),
        HttpRequestException h => "the API could not be reached: " + h.HttpRequestError,
        IOException => "the connection to the API broke off",
        _ => null,
    };

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i < 0 ? message : message[..(i + 1)];
    }

    private sealed class Tally
    {
        public int Pages { get; set; }

        public int Students { get; set; }

        public int Absences { get; set; }
    }
}
