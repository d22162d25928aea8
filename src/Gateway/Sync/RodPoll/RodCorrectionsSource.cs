using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.RodCorrections;

namespace Thuiszitters.Gateway.Sync.RodPoll;

/// <summary>
/// The <c>rodCorrections</c> kind: every run is one pass of <see cref="RodCorrectionCycle"/> (derive the corrections from the
/// open conflicts, submit those of the boards that switched automatic submission on, send again what DUO did not take,
/// read DUO's answers). When DUO's API is configured (<c>DuoRod:BaseUrl</c>) the source <see cref="DefaultName"/> is added
/// on its own, on <see cref="DuoRodOptions.PollSchedule"/>, so it has the run history, pause and "run now" of any source.
/// A run's files are the batches sent to DUO and its records the corrections proposed; a batch DUO did not take (DUO down
/// after the retries) fails the run.
/// </summary>
internal sealed class RodCorrectionsSource(RodCorrectionCycle cycle, IOptions<DuoRodOptions> duo, ILogger<RodCorrectionsSource> logger) : ISyncSource
{
    public const string KindName = "rodCorrections";

    /// <summary>The name of the source added when DUO's API is configured and no source of this kind is.</summary>
    public const string DefaultName = "rod-poll";

    public string Kind => KindName;

    public IEnumerable<string> Validate(SourceOptions source)
    {
        if (duo.Value.BaseUrl is null)
        {
            yield return "a rodCorrections source needs DUO's API (DuoRod:BaseUrl).";
        }
    }

    public async Task RunAsync(SourceOptions source, SyncRunContext run, CancellationToken cancellationToken)
    {
        var result = await run.RetryAsync(async token => await cycle.RunAsync(token), cancellationToken);
        await run.CountPassAsync(result.Submitted + result.Resent, result.Proposed, cancellationToken);
        SyncLog.RodPass(logger, run.Source, run.RunId, result.Proposed, result.Submitted, result.Resent, result.Processed, result.Unsent);
        if (result.Unsent > 0)
        {
            throw new RodCorrectionsPassFailedException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{result.Unsent} batches not taken by DUO ({result.LastError})"));
        }
    }
}
