using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.SisApi;

namespace Thuiszitters.Gateway.Sync.SchoolApi;

/// <summary>
/// The <c>schoolApi</c> kind: every run pulls one school from its school system's API (<see cref="SisPullService"/>:
/// pupils changed since the last complete walk, absences by window) and applies it as the school's export; the two export
/// files it applied are the run's files, with their records and quarantined records. A pull that fails (the API down
/// after its retries, a contract breach, refused credentials) fails the run, so three in a row pause the source.
/// </summary>
internal sealed class SchoolApiSource(SisPullService pull, IOptions<SisApiOptions> defaults, ILogger<SchoolApiSource> logger) : ISyncSource
{
    public const string KindName = "schoolApi";

    public string Kind => KindName;

    public IEnumerable<string> Validate(SourceOptions source)
    {
        if (source.SchoolApi is not { } api)
        {
            yield return "SchoolApi (BaseUrl, School, ClientId) is required for a schoolApi source.";
            yield break;
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(api, new ValidationContext(api), results, validateAllProperties: true);
        foreach (var result in results)
        {
            yield return $"SchoolApi: {result.ErrorMessage}";
        }

        if (api.BaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http")))
        {
            yield return "SchoolApi:BaseUrl must be an absolute http(s) URL.";
        }

        if (string.IsNullOrEmpty(api.ClientId ?? defaults.Value.ClientId))
        {
            yield return "SchoolApi:ClientId (or SisApi:ClientId) is required.";
        }

        if (string.IsNullOrEmpty(api.ClientSecret ?? defaults.Value.ClientSecret))
        {
            yield return "SchoolApi:ClientSecret (or SisApi:ClientSecret, e.g. the environment variable SisApi__ClientSecret) is required.";
        }
    }

    public async Task RunAsync(SourceOptions source, SyncRunContext run, CancellationToken cancellationToken)
    {
        var api = source.SchoolApi!;
        await run.BeginFilesAsync(2, cancellationToken);
        var mark = await run.ConflictEventMarkAsync(cancellationToken);

        // A database fault is retried as a whole pull: the cursor only moves past committed pages, so nothing doubles.
        var result = await run.RetryAsync(
            async token => await pull.PullSchoolAsync(api, "sync:" + run.Source, run.AsOf, token), cancellationToken);
        foreach (var file in result.Files)
        {
            await run.RecordDeliveryAsync(file.Delivery, file.Sha256, file.Size, file.ReconciliationRunId, mark, cancellationToken);
        }

        SyncLog.SchoolPulled(logger, run.Source, run.RunId, api.School, result.Outcome, result.Pages, result.Students, result.Absences, result.Quarantined);
        if (result.Outcome == SisPullResult.Failed)
        {
            throw new SchoolApiPullFailedException(result.Error ?? "the pull failed");
        }
    }
}
