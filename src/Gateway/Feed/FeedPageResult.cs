namespace Thuiszitters.Gateway.Feed;

/// <summary>A page of the feed (<see cref="FeedPage"/>), written to the answer as the stored items are read.</summary>
internal sealed class FeedPageResult(FeedReader reader, string gemeente, long afterSequence, int limit, FeedCaller caller) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await reader.WritePageAsync(gemeente, afterSequence, limit, caller, httpContext.Response.BodyWriter, httpContext.RequestAborted);
    }
}
