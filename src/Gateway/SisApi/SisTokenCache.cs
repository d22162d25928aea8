using System.Collections.Concurrent;
namespace Thuiszitters.Gateway.SisApi;

/// <summary>
/// The access token per (API, client): fetched once and shared, refreshed before it expires (<see
/// cref="SisApiOptions.TokenRefreshMargin"/>, between a tenth and half of its life), and fetched again when the API
/// refuses it (a 401). One fetch at a time per key. The token is never logged.
/// </summary>
internal sealed class SisTokenCache(SisApiClients clients, TimeProvider time, Microsoft.Extensions.Options.IOptions<SisApiOptions> options)
{
    private readonly ConcurrentDictionary<(Uri, string), Entry> entries = new();

    /// <summary>How many tokens were fetched (tests).</summary>
    public int Fetched => fetched;

    private int fetched;

    /// <summary>A token that is valid for a while yet; <paramref name="refused"/> is the token the API just refused (it is replaced).</summary>
    public async Task<string> GetAsync(SisEndpoint endpoint, string? refused, CancellationToken cancellationToken)
    {
        var entry = entries.GetOrAdd((endpoint.BaseUrl, endpoint.ClientId), _ => new Entry());
        await entry.Lock.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (entry.Token is { } token && token != refused && now < entry.RefreshAt)
            {
                return token;
            }

            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = endpoint.ClientId,
                ["client_secret"] = endpoint.ClientSecret,
            };
            var answer = await clients.Tokens(endpoint.BaseUrl).GetTokenAsync(form, cancellationToken);
            Interlocked.Increment(ref fetched);
            if (string.IsNullOrEmpty(answer.AccessToken) || answer.ExpiresIn <= 0)
            {
                throw new SisContractException("the token endpoint answered without access_token or expires_in");
            }

            var life = TimeSpan.FromSeconds(answer.ExpiresIn);
            var margin = TimeSpan.FromTicks(Math.Clamp(options.Value.TokenRefreshMargin.Ticks, life.Ticks / 10, life.Ticks / 2));
            entry.Token = answer.AccessToken;
            entry.RefreshAt = now + life - margin;
            return answer.AccessToken;
        }
        finally
        {
            entry.Lock.Release();
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public string? Token { get; set; }

        public DateTimeOffset RefreshAt { get; set; }
    }
}
