using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Thuiszitters.Fakes.SisApi;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Thuiszitters.Gateway.Tests.RodCorrections;

/// <summary>
/// DUO's ROD submission API as <c>contracts/duo-rod-api/openapi.json</c> describes it (WireMock.Net, loopback): a key
/// seen before answers the batch it created; a batch is processed on the first status request, each mutation judged
/// by <see cref="Judge"/>. <see cref="SlowSubmissions"/> first submissions answer only after <see cref="Slowness"/>.
/// </summary>
internal sealed class FakeDuo : IDisposable
{
    public const string Token = "duo-token-for-tests-only";

    private readonly WireMockServer server = WireMockServer.Start();
    private readonly ConcurrentDictionary<string, (string BatchId, JsonObject Body)> batches = new();
    private int submissions;

    public FakeDuo()
    {
        server.Given(Request.Create().WithPath("/rod/v1/mutaties").UsingPost()).RespondWith(Response.Create().WithCallback(SubmitAsync));
        server.Given(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher("^/rod/v1/mutaties/[^/]+$")).UsingGet()).RespondWith(Response.Create().WithCallback(Status));
    }

    public Uri BaseUrl => new(server.Url! + "/");

    public int SlowSubmissions { get; set; }

    public TimeSpan Slowness { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>DUO's verdict on a mutation: (outcome, signal code, signal text).</summary>
    public Func<JsonObject, (string Outcome, string? Code, string? Text)> Judge { get; set; } = _ => ("ACCEPTED", null, null);

    /// <summary>The batches DUO made (one per distinct idempotency key).</summary>
    public int BatchesCreated => batches.Count;

    public IReadOnlyList<WireMock.Logging.ILogEntry> Requests => [.. server.LogEntries];

    /// <summary>Every submission's key as it arrived (a slow answer is counted before it is sent), and its body.</summary>
    public ConcurrentQueue<(string Key, string Body)> Submitted { get; } = new();

    public void Dispose() => server.Stop();

    private async Task<IResponseMessage> SubmitAsync(IRequestMessage request)
    {
        var number = Interlocked.Increment(ref submissions);
        if (request.Headers?.TryGetValue("Authorization", out var auth) != true || auth!.FirstOrDefault() != "Bearer " + Token)
        {
            return FakeSchoolSystem.Json(401, new JsonObject { ["title"] = "Unauthorized", ["status"] = 401 }, "application/problem+json");
        }

        if (request.Headers.TryGetValue("Idempotency-Key", out var keys) != true || keys.FirstOrDefault() is not { Length: >= 8 } key)
        {
            return FakeSchoolSystem.Json(400, new JsonObject { ["title"] = "Idempotency-Key required", ["status"] = 400 }, "application/problem+json");
        }

        Submitted.Enqueue((key, request.Body!));
        var body = JsonNode.Parse(request.Body!)!.AsObject();
        var batch = batches.GetOrAdd(key, _ => ("B" + (batches.Count + 1).ToString("D4", CultureInfo.InvariantCulture), body));
        if (number <= SlowSubmissions)
        {
            await Task.Delay(Slowness);
        }

        return FakeSchoolSystem.Json(202, new JsonObject { ["batchId"] = batch.BatchId, ["status"] = "ONTVANGEN" });
    }

    private IResponseMessage Status(IRequestMessage request)
    {
        var id = request.Path.Split('/')[^1];
        var found = batches.Values.FirstOrDefault(b => b.BatchId == id);
        if (found.Body is null)
        {
            return FakeSchoolSystem.Json(404, new JsonObject { ["title"] = "Not Found", ["status"] = 404 }, "application/problem+json");
        }

        var results = new JsonArray();
        foreach (var mutation in found.Body["mutations"]!.AsArray())
        {
            var (outcome, code, text) = Judge(mutation!.AsObject());
            results.Add(new JsonObject { ["reference"] = (string)mutation["reference"]!, ["outcome"] = outcome, ["signalCode"] = code, ["signalText"] = text });
        }

        return FakeSchoolSystem.Json(200, new JsonObject { ["batchId"] = id, ["status"] = "VERWERKT", ["results"] = results });
    }
}
