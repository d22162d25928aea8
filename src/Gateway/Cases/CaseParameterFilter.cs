using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// Every case endpoint: route values with a NUL byte or overlong are refused before the handler runs
/// (<see cref="InputGuard.CheckRoute"/>), a <see cref="CaseParameterException"/> becomes InputGuard's 400 problem naming
/// the parameter, and every answer is <c>Cache-Control: no-store</c> (it holds pupil data).
/// </summary>
internal sealed class CaseParameterFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        if (InputGuard.CheckRoute(context.HttpContext.Request, CaseParameters.MaxLength) is { } problem)
        {
            return problem;
        }

        try
        {
            return await next(context);
        }
        catch (CaseParameterException e)
        {
            return InputGuard.Problem(e.Parameter, e.Message);
        }
    }
}
