using Microsoft.AspNetCore.Http.HttpResults;

namespace Thuiszitters.Gateway.Feed;

/// <summary>The feed's RFC 9457 answers. Every refusal is <see cref="NotFound"/>, the very answer a pupil that does not exist gets.</summary>
internal static class FeedProblems
{
    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Not Found", detail: "Niet gevonden.", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult BadParameter(string parameter, string detail) => Security.InputGuard.Problem(parameter, detail);
}
