namespace Thuiszitters.Gateway.Http;

/// <summary>
/// Sends each request through its host's <see cref="HostPipeline"/>. The response body is read within the attempt, so a
/// connection dropped mid-body or a body that takes too long is retried like a failed request. Requests must be
/// repeatable: their content is buffered once before the first attempt.
/// </summary>
internal sealed class ResilienceHandler(HostResilience resilience, string client, HostResilienceOptions options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new InvalidOperationException("a request without a URI");
        var host = uri.Authority;
        var pipeline = resilience.For(client, host, options);
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        return await pipeline.Pipeline.ExecuteAsync(
            async token =>
            {
                await pipeline.Concurrency.WaitAsync(token);
                try
                {
                    var response = await base.SendAsync(request, token);
                    try
                    {
                        await response.Content.LoadIntoBufferAsync(token);
                    }
                    catch
                    {
                        response.Dispose();
                        throw;
                    }

                    return response;
                }
                finally
                {
                    pipeline.Concurrency.Release();
                }
            },
            cancellationToken);
    }
}
