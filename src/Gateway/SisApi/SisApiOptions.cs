using System.ComponentModel.DataAnnotations;
using Thuiszitters.Gateway.Http;

namespace Thuiszitters.Gateway.SisApi;

/// <summary>
/// The school-system API client (<c>SisApi</c>). <see cref="ClientId"/> and <see cref="ClientSecret"/> are the defaults of
/// every source that names none; set the secret through the environment (<c>SisApi__ClientSecret</c>), never in a file
/// that is committed.
/// </summary>
internal sealed class SisApiOptions : IValidatableObject
{
    public const string Section = "SisApi";

    [MaxLength(200)]
    public string? ClientId { get; set; }

    [MaxLength(500)]
    public string? ClientSecret { get; set; }

    /// <summary>A token is refreshed this long before it expires (never later than at nine tenths of its life).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many days of absences back from today a pull reads (the window's start; at most the school year's 1 August).</summary>
    [Range(1, 400)]
    public int AbsenceWindowDays { get; set; } = 366;

    /// <summary>Schools pulled at the same time by one run over several schools.</summary>
    [Range(1, 64)]
    public int MaxParallelSchools { get; set; } = 4;

    [Required]
    public HostResilienceOptions Resilience { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Resilience, new ValidationContext(Resilience), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult($"Resilience: {r.ErrorMessage}", [.. r.MemberNames.Select(m => "Resilience." + m)]));
    }
}
