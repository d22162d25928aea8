using Thuiszitters.Fakes.SisApi;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.SisApi;

/// <summary>The gateway's requests to a school system follow <c>contracts/sis-api/openapi.json</c>.</summary>
public sealed class SisApiContractTests : IAsyncLifetime
{
    private readonly SisHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task PullSchool_RequestsFollowTheContract()
    {
        var contract = OpenApiContract.Load("sis-api", "openapi.json");
        harness.Seed(600, new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        harness.Start();
        await harness.Pull.PullSchoolAsync(harness.Source, "test", CancellationToken.None);
        await harness.Pull.PullSchoolAsync(harness.Source, "test", CancellationToken.None);

        var requests = harness.Fake.Requests.Select(e => e.RequestMessage).ToList();
        var problems = requests
            .Where(r => r.AbsolutePath != "/oauth/token")
            .SelectMany(r => contract.Check(r.Method, r.AbsolutePath, [.. (r.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>()).Keys], [.. r.Headers!.Keys]))
            .Distinct()
            .ToList();

        Assert.Empty(problems);
        Assert.Contains(requests, r => r.AbsolutePath.EndsWith("/students", StringComparison.Ordinal) && r.Query!.ContainsKey("cursor"));
        Assert.Contains(requests, r => r.AbsolutePath.EndsWith("/students", StringComparison.Ordinal) && r.Query!.ContainsKey("changedSince"));
        Assert.Contains(requests, r => r.AbsolutePath.EndsWith("/absences", StringComparison.Ordinal));
        var token = Assert.Single(requests, r => r.AbsolutePath == "/oauth/token");
        Assert.Empty(contract.Check(token.Method, token.AbsolutePath, [], [.. token.Headers!.Keys]));
        Assert.StartsWith("application/x-www-form-urlencoded", token.Headers!["Content-Type"].First(), StringComparison.Ordinal);
        Assert.Equal(contract.Required("TokenRequest").Order(StringComparer.Ordinal), token.BodyData!.BodyAsFormUrlEncoded!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_ARequestOffTheContract_IsFound()
    {
        var contract = OpenApiContract.Load("sis-api", "openapi.json");

        Assert.NotEmpty(contract.Check("GET", "/v1/schools/12AB00/students", ["page"], ["Authorization"]));
        Assert.NotEmpty(contract.Check("GET", "/v1/schools/12AB00/absences", ["from"], ["Authorization"]));
        Assert.NotEmpty(contract.Check("GET", "/v1/schools/12AB00/students", [], []));
        Assert.NotEmpty(contract.Check("GET", "/v2/pupils", [], ["Authorization"]));
        Assert.Empty(contract.Check("GET", "/v1/schools/12AB00/absences", ["from", "to", "cursor"], ["Authorization"]));
    }
}
