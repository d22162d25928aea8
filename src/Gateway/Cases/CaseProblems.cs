using Microsoft.AspNetCore.Http.HttpResults;

namespace Thuiszitters.Gateway.Cases;

/// <summary>The case pages' RFC 9457 answers beyond a bad parameter (InputGuard's): a refused pupil is the very 404 an unknown one gets.</summary>
internal static class CaseProblems
{
    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Not Found", detail: "Niet gevonden.", statusCode: StatusCodes.Status404NotFound);
}
