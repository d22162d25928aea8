using Refit;
using Thuiszitters.Connectors.SisApi;

namespace Thuiszitters.Gateway.SisApi;

/// <summary>The school-system API's token endpoint (OAuth2 client credentials, RFC 6749 section 4.4).</summary>
internal interface ISisTokenApi
{
    [Post("/oauth/token")]
    Task<SisToken> GetTokenAsync([Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form, CancellationToken cancellationToken);
}
