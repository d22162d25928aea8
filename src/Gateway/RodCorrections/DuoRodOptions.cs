using System.ComponentModel.DataAnnotations;
using Thuiszitters.Gateway.Http;

namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>
/// DUO's ROD submission API (<c>DuoRod</c>). <see cref="AccessToken"/> is a secret: set it through the environment
/// (<c>DuoRod__AccessToken</c>). Without <see cref="BaseUrl"/> corrections are derived and listed but not sent.
/// </summary>
internal sealed class DuoRodOptions : IValidatableObject
{
    public const string Section = "DuoRod";

    public Uri? BaseUrl { get; set; }

    [MaxLength(2000)]
    public string? AccessToken { get; set; }

    /// <summary>
    /// The cron schedule (5 fields, or 6 with seconds first; in <c>Sync:TimeZone</c>) of the sync's source <c>rod-poll</c>,
    /// which runs a pass of the corrections (derive, submit automatically, send again, read DUO's answers) while
    /// <see cref="BaseUrl"/> is set.
    /// </summary>
    [Required]
    public string PollSchedule { get; set; } = "*/15 * * * *";

    /// <summary>The most mutations in one batch (the contract allows 1,000).</summary>
    [Range(1, 1000)]
    public int MaxMutationsPerBatch { get; set; } = 500;

    [Required]
    public HostResilienceOptions Resilience { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http")))
        {
            yield return new ValidationResult("BaseUrl must be an absolute http(s) URL", [nameof(BaseUrl)]);
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Resilience, new ValidationContext(Resilience), results, validateAllProperties: true);
        foreach (var r in results)
        {
            yield return new ValidationResult($"Resilience: {r.ErrorMessage}", [.. r.MemberNames.Select(m => "Resilience." + m)]);
        }
    }
}
