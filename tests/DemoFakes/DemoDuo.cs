using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Thuiszitters.DemoFakes;

/// <summary>
/// DUO's ROD submission API (<c>contracts/duo-rod-api/openapi.json</c>): a batch per <c>Idempotency-Key</c> (the same key
/// answers the batch it made), <c>ONTVANGEN</c> at the first status request and <c>VERWERKT</c> from the second, when every
/// third mutation is rejected in DUO's words and the rest accepted, so the board page shows both.
/// </summary>
internal sealed class DemoDuo : IDisposable
{
    private readonly WireMockServer server;
    private readonly ConcurrentDictionary<string, Batch> batches = new(StringComparer.Ordinal);
    private readonly string token;

    public DemoDuo(Uri url, string token)
    {
        this.token = token;
        server = WireMockServer.Start(new WireMockServerSettings { Urls = [url.GetLeftPart(UriPartial.Authority)] });
        server.Given(Request.Create().WithPath("/rod/v1/mutaties").UsingPost()).RespondWith(Response.Create().WithCallback(Submit));
        server.Given(Request.Create().WithPath(new RegexMatcher("^/rod/v1/mutaties/[^/]+$")).UsingGet()).RespondWith(Response.Create().WithCallback(Status));
    }

    public string Url => server.Url!;

    public int Batches => batches.Count;

    public void Dispose() => server.Stop();

    private ResponseMessage Submit(IRequestMessage request)
    {
        if (!Authorised(request))
        {
            return DemoSchoolSystem.Answer(401, new { title = "Unauthorized", status = 401 });
        }

        if (request.Headers?.TryGetValue("Idempotency-Key", out var keys) != true || keys?.FirstOrDefault() is not { Length: >= 8 } key)
        {
            return DemoSchoolSystem.Answer(400, new { title = "Idempotency-Key required", status = 400 });
        }

        if (JsonNode.Parse(request.Body ?? "null") is not JsonObject body || body["mutations"] is not JsonArray { Count: > 0 })
        {
            return DemoSchoolSystem.Answer(400, new { title = "a batch needs school and mutations", status = 400 });
        }

        lock (batches)
        {
            var batch = batches.GetOrAdd(key, _ => new Batch("DUO" + (batches.Count + 1).ToString("D6", CultureInfo.InvariantCulture), body));
            return DemoSchoolSystem.Answer(202, new { batchId = batch.Id, status = "ONTVANGEN" });
        }
    }

    private ResponseMessage Status(IRequestMessage request)
    {
        if (!Authorised(request))
        {
            return DemoSchoolSystem.Answer(401, new { title = "Unauthorized", status = 401 });
        }

        var id = request.Path.Split('/')[^1];
        if (batches.Values.FirstOrDefault(b => b.Id == id) is not { } batch)
        {
            return DemoSchoolSystem.Answer(404, new { title = "Not Found", status = 404 });
        }

        if (Interlocked.Increment(ref batch.Polls) == 1)
        {
            return DemoSchoolSystem.Answer(200, new { batchId = id, status = "ONTVANGEN", results = Array.Empty<object>() });
        }

        var results = batch.Body["mutations"]!.AsArray().Select((m, i) => Judge(m!.AsObject(), i)).ToList();
        return DemoSchoolSystem.Answer(200, new { batchId = id, status = "VERWERKT", results });
    }

    private static object Judge(JsonObject mutation, int index)
    {
        var reference = (string?)mutation["reference"];
        var type = (string?)mutation["type"];
        if (index % 3 != 2)
        {
            return new { reference, outcome = "ACCEPTED", signalCode = (string?)null, signalText = (string?)null };
        }

        var (code, text) = type switch
        {
            "T" => ("R17", "Dubbele inschrijving geconstateerd"),
            "A" => ("R23", "Inschrijvingsdatum ligt na de uitschrijvingsdatum van de vorige school"),
            _ => ("R31", "Inschrijving niet gevonden bij deze vestiging"),
        };
        return new { reference, outcome = "REJECTED", signalCode = code, signalText = text };
    }

    private bool Authorised(IRequestMessage request) =>
        request.Headers?.TryGetValue("Authorization", out var auth) == true && auth.FirstOrDefault() == "Bearer " + token;

    private sealed class Batch(string id, JsonObject body)
    {
        public int Polls;

        public string Id { get; } = id;

        public JsonObject Body { get; } = body;
    }
}
