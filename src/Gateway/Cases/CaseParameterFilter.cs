namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// Every case endpoint: route values with a NUL byte or overlong are refused before the handler runs, a
/// <see cref="CaseParameterException"/> becomes a 400 problem naming the parameter, and every answer is
/// <c>Cache-Control: no-store</c> (it holds pupil data).
/// </summary>
internal sealed class CaseParameterFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        foreach (var (name, value) in context.HttpContext.Request.RouteValues)
        {
            if (value is string text && CaseParameters.Bad(text) is { } reason)
            {
                return CaseProblems.BadParameter(name, reason);
            }
        }

        try
        {
            return await next(context);
        }
        catch (CaseParameterException e)
        {
            return CaseProblems.BadParameter(e.Parameter, e.Message);
        }
    }
}
