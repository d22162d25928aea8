using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>
/// An OpenAPI document of <c>contracts/</c>, to check the requests a client sent against it: the operation (method and
/// path template), the query parameters it declares and requires, the header parameters it requires, and whether it
/// is secured.
/// </summary>
internal sealed class OpenApiContract(JsonObject document)
{
    public static OpenApiContract Load(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Thuiszitters.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine([directory?.FullName ?? throw new InvalidOperationException("repository root not found"), "contracts", .. parts]);
        return new OpenApiContract((JsonObject)JsonNode.Parse(File.ReadAllText(path))!);
    }

    /// <summary>What is wrong with one request against the document; empty when it follows it.</summary>
    public IReadOnlyList<string> Check(string method, string path, IReadOnlyCollection<string> queryNames, IReadOnlyCollection<string> headerNames)
    {
        var problems = new List<string>();
        var paths = (JsonObject)document["paths"]!;
        var match = paths.FirstOrDefault(p => Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(p.Key), @"\\\{[^}]+}", "[^/]+") + "$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        if (match.Value is null)
        {
            return [$"{method} {path}: no such path in the contract"];
        }

        if (match.Value[method.ToLowerInvariant()] is not JsonObject operation)
        {
            return [$"{method} {match.Key}: no such operation in the contract"];
        }

        var parameters = ((operation["parameters"] as JsonArray) ?? []).Select(p => Resolve((JsonObject)p!)).ToList();
        var declaredQuery = parameters.Where(p => (string?)p["in"] == "query").ToDictionary(p => (string)p["name"]!, p => (bool?)p["required"] == true, StringComparer.Ordinal);
        problems.AddRange(queryNames.Where(n => !declaredQuery.ContainsKey(n)).Select(n => $"{method} {match.Key}: query parameter {n} is not in the contract"));
        problems.AddRange(declaredQuery.Where(q => q.Value && !queryNames.Contains(q.Key)).Select(q => $"{method} {match.Key}: required query parameter {q.Key} missing"));
        var headers = new HashSet<string>(headerNames, StringComparer.OrdinalIgnoreCase);
        problems.AddRange(parameters.Where(p => (string?)p["in"] == "header" && (bool?)p["required"] == true && !headers.Contains((string)p["name"]!))
            .Select(p => $"{method} {match.Key}: required header {(string)p["name"]!} missing"));
        var security = operation["security"] as JsonArray ?? document["security"] as JsonArray;
        if (security is { Count: > 0 } && !headers.Contains("Authorization"))
        {
            problems.Add($"{method} {match.Key}: secured, but no Authorization header");
        }

        return problems;
    }

    /// <summary>The required properties of a schema under <c>components/schemas</c>.</summary>
    public IReadOnlyList<string> Required(string schema) =>
        [.. ((document["components"]!["schemas"]![schema]!["required"] as JsonArray) ?? []).Select(n => (string)n!)];

    private JsonObject Resolve(JsonObject parameter) =>
        parameter["$ref"] is JsonValue reference
            ? (JsonObject)document["components"]!["parameters"]![((string)reference!).Split('/')[^1]]!
            : parameter;
}
