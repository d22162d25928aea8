using Microsoft.AspNetCore.Http.HttpResults;

namespace Thuiszitters.Gateway.Cases;

/// <summary>The case pages' RFC 9457 answers: a bad parameter is named (<c>parameter</c>); a refused pupil is the very 404 an unknown one gets.</summary>
internal static class CaseProblems
{
    public static ProblemHttpResult BadParameter(string parameter, string detail) =>
        TypedResults.Problem(
            title: "Invalid parameter: " + parameter, detail: detail, statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Not Found", detail: "Niet gevonden.", statusCode: StatusCodes.Status404NotFound);
}
