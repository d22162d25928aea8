namespace Thuiszitters.Gateway.SisApi;

/// <summary>
/// Where a school system's API is and how the gateway identifies itself there. <see cref="ClientSecret"/> is a secret:
/// it comes from configuration or the environment and is never logged or shown (<see cref="ToString"/> leaves it out).
/// </summary>
internal sealed record SisEndpoint(Uri BaseUrl, string ClientId, string ClientSecret)
{
    public override string ToString() => $"{BaseUrl} (client {ClientId})";
}
