using System.Net;
using System.Net.Http.Headers;

namespace Thuiszitters.Gateway.SisApi;

/// <summary>
/// Puts the source's bearer token on each request; when the API answers 401 (the token expired or was revoked early) it
/// fetches a new token and sends the request once more.
/// </summary>
internal sealed class SisAuthHandler(SisTokenCache tokens, SisEndpoint endpoint) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await tokens.GetAsync(endpoint, null, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        token = await tokens.GetAsync(endpoint, token, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
