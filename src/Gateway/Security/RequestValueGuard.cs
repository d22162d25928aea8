namespace Thuiszitters.Gateway.Security;

/// <summary>
/// An endpoint filter that refuses, before any handler runs, a bad route or query value (<see cref="InputGuard.Check"/>),
/// and marks the answer <c>Cache-Control: no-store</c>.
/// </summary>
internal sealed class RequestValueGuard : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return InputGuard.Check(context.HttpContext.Request) is { } problem ? problem : await next(context);
    }
}
