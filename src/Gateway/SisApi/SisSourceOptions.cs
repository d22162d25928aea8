using System.ComponentModel.DataAnnotations;

namespace Thuiszitters.Gateway.SisApi;

/// <summary>
/// One school pulled from a school system's API: a source of kind <c>schoolApi</c>. Without <see cref="ClientId"/> or
/// <see cref="ClientSecret"/> the defaults of <see cref="SisApiOptions"/> apply.
/// </summary>
internal sealed class SisSourceOptions
{
    [Required]
    public Uri? BaseUrl { get; set; }

    [Required]
    [RegularExpression("^[0-9]{2}[A-Z]{2}[0-9]{2}$")]
    public string School { get; set; } = "";

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }
}
