using System.Text.Json;
using System.Text.Json.Nodes;
using Thuiszitters.Gateway.Tests.Api;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Feed;

/// <summary>
/// The published contract <c>contracts/openapi/feed.json</c> is what the code generates. After a deliberate change of
/// the API, write it anew with <c>TZ_UPDATE_CONTRACTS=1 dotnet test tests/Gateway.Tests --filter FeedOpenApiContract</c>
/// and lint it (<c>contracts/openapi/lint.sh</c>).
/// </summary>
public sealed class FeedOpenApiContractTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task GeneratedDocument_EqualsCommittedContract()
    {
        await using var host = new ApiHost(database.ConnectionString, new FixedTimeProvider(ApiHarness.Now), new LogCollector(), demo: false, new Dictionary<string, string?>());
        using var client = host.CreateClient();
        var generated = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/feed.json", UriKind.Relative)))!;
        var path = Path.Combine(RepositoryRoot(), "contracts", "openapi", "feed.json");
        if (Environment.GetEnvironmentVariable("TZ_UPDATE_CONTRACTS") == "1")
        {
            await File.WriteAllTextAsync(path, generated.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        Assert.True(JsonNode.DeepEquals(committed, generated),
            "contracts/openapi/feed.json differs from the document the code generates; if the change is meant, run TZ_UPDATE_CONTRACTS=1 dotnet test tests/Gateway.Tests --filter FeedOpenApiContract");
        Assert.Contains("/api/v1/gemeenten/{code}/feed", generated["paths"]!.AsObject().Select(p => p.Key));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Thuiszitters.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Thuiszitters.sln not found above " + AppContext.BaseDirectory);
    }
}
