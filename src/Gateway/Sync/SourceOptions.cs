using System.ComponentModel.DataAnnotations;
using Thuiszitters.Gateway.SisApi;

namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// One source under <c>Sources</c>: a name, a kind (an <see cref="ISyncSource"/> that knows how to fetch it), a cron
/// schedule, and the kind's options. <c>dropFolder</c> uses <see cref="Folder"/> and <see cref="ArchiveFolder"/>;
/// <c>schoolApi</c> uses <see cref="SchoolApi"/>.
/// </summary>
internal sealed class SourceOptions
{
    /// <summary>Lower-case letters, digits and dashes: it names the recurring job, the runs and the metrics' label.</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,62}$", ErrorMessage = "Name must be 1-63 lower-case letters, digits or dashes.")]
    public string Name { get; set; } = "";

    /// <summary>The <see cref="ISyncSource.Kind"/> that syncs it, e.g. <c>dropFolder</c>.</summary>
    [Required]
    public string Kind { get; set; } = "";

    /// <summary>A cron expression of 5 fields, or 6 with seconds first (read in <see cref="SyncOptions.TimeZone"/>).</summary>
    [Required]
    public string Schedule { get; set; } = "";

    /// <summary>dropFolder: the folder files are delivered to.</summary>
    public string? Folder { get; set; }

    /// <summary>dropFolder: where applied and refused files are moved (<c>applied/</c>, <c>refused/</c>).</summary>
    public string? ArchiveFolder { get; set; }

    /// <summary>
    /// schoolApi: the school and its school system's API (base URL, client id; the client secret from configuration or the
    /// environment, else <c>SisApi:ClientId</c> and <c>SisApi__ClientSecret</c>). Never shown by the API or logged.
    /// </summary>
    public SisSourceOptions? SchoolApi { get; set; }
}
