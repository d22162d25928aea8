using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Util;

namespace Thuiszitters.Fakes.SisApi;

/// <summary>
/// A school system's API as <c>contracts/sis-api/openapi.json</c> describes it, on a loopback port (WireMock.Net):
/// client-credentials tokens that expire, pupils by <c>changedSince</c> and cursor, absences by window, pages of
/// <see cref="PageSize"/>. Faults are planned per request number of a path (<see cref="Plan"/>).
/// </summary>
internal sealed class FakeSchoolSystem : IDisposable
{
    public const string ClientId = "gateway";
    public const string ClientSecret = "s3cret-for-tests-only";

    private readonly WireMockServer server;
    private readonly DroppingProxy? proxy;
    private readonly ConcurrentDictionary<string, DateTimeOffset> tokens = new();
    private readonly ConcurrentDictionary<string, int> requestCounts = new();
    private int tokenNumber;

    /// <summary>The tests' fake: any free port, behind the proxy that can drop a connection, every request logged.</summary>
    public FakeSchoolSystem()
        : this(port: 0, dropping: true, logRequests: true)
    {
    }

    /// <param name="port">The loopback port to serve on; 0 for any free one.</param>
    /// <param name="dropping">Serve through <see cref="DroppingProxy"/> (needed for <see cref="Fault.DropMidBody"/>).</param>
    /// <param name="logRequests">Keep every request for <see cref="Requests"/> (a benchmark's hundreds of thousands would only cost memory).</param>
    public FakeSchoolSystem(int port, bool dropping, bool logRequests)
    {
        server = WireMockServer.Start(new WireMock.Settings.WireMockServerSettings
        {
            Port = port == 0 ? null : port,
            MaxRequestLogCount = logRequests ? null : 0,
        });
        server.Given(Request.Create().WithPath("/oauth/token").UsingPost()).RespondWith(Response.Create().WithCallback(Token));
        server.Given(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher("^/v1/schools/[^/]+/students$")).UsingGet())
            .RespondWith(Response.Create().WithCallback(ServeStudents));
        server.Given(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher("^/v1/schools/[^/]+/absences$")).UsingGet())
            .RespondWith(Response.Create().WithCallback(ServeAbsences));
        proxy = dropping ? new DroppingProxy(new Uri(server.Url!)) : null;
    }

    /// <summary>The API's root: through the proxy that can drop a connection mid-body, or the server itself.</summary>
    public Uri BaseUrl => proxy?.Url ?? new Uri(server.Url! + "/");

    public int DroppedConnections => proxy?.Dropped ?? 0;

    public int PageSize { get; set; } = 500;

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The pupils per school, as JSON objects (a test may break one).</summary>
    public ConcurrentDictionary<string, List<JsonObject>> Students { get; } = new();

    public ConcurrentDictionary<string, List<JsonObject>> AbsenceDays { get; } = new();

    /// <summary>Faults by (kind of request, its number from 1): "students#3" → a fault for the third students request.</summary>
    public ConcurrentDictionary<string, Fault> Plan { get; } = new();

    /// <summary>The pages served with 200, by (path, cursor).</summary>
    public ConcurrentDictionary<string, int> Served { get; } = new();

    public int TokensIssued => tokenNumber;

    public IReadOnlyList<WireMock.Logging.ILogEntry> Requests => [.. server.LogEntries];

    /// <summary>Makes every token issued so far invalid (as if it expired early): the next request with it gets 401.</summary>
    public void RevokeTokens() => tokens.Clear();

    public static JsonObject Student(string number, string? bsn, DateTimeOffset changedAt, string surname = "Jansen") => new()
    {
        ["studentNumber"] = number,
        ["bsn"] = bsn,
        ["educationNumber"] = null,
        ["surname"] = surname,
        ["surnamePrefix"] = null,
        ["firstNames"] = "Piet",
        ["preferredName"] = "Piet",
        ["birthDate"] = "2014-05-12",
        ["gender"] = "M",
        ["postcode"] = "1811AB",
        ["municipalityCode"] = "0361",
        ["enrolmentDate"] = "2018-08-20",
        ["deregistrationDate"] = null,
        ["deregistrationReason"] = null,
        ["destinationSchool"] = null,
        ["changedAt"] = changedAt.ToString("O", CultureInfo.InvariantCulture),
    };

    public static JsonObject Absence(string number, string? bsn, DateOnly date, string code = "ONGEOORLOOFD", decimal hours = 5) => new()
    {
        ["studentNumber"] = number,
        ["bsn"] = bsn,
        ["educationNumber"] = null,
        ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["hours"] = hours,
        ["code"] = code,
    };

    public void Dispose()
    {
        proxy?.Dispose();
        server.Stop();
    }

    private IResponseMessage Token(IRequestMessage request)
    {
        var form = request.BodyData?.BodyAsFormUrlEncoded ?? new Dictionary<string, string>();
        if (TakeFault("token") is { } fault)
        {
            return fault.Respond();
        }

        if (!form.TryGetValue("grant_type", out var grant) || grant != "client_credentials")
        {
            return Json(400, new JsonObject { ["error"] = "unsupported_grant_type" });
        }

        if (!form.TryGetValue("client_id", out var id) || id != ClientId || !form.TryGetValue("client_secret", out var secret) || secret != ClientSecret)
        {
            return Json(401, new JsonObject { ["error"] = "invalid_client" });
        }

        var token = "tok-" + Interlocked.Increment(ref tokenNumber).ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        tokens[token] = TimeProvider.System.GetUtcNow() + TokenLifetime;
        return Json(200, new JsonObject { ["access_token"] = token, ["token_type"] = "Bearer", ["expires_in"] = (int)Math.Ceiling(TokenLifetime.TotalSeconds) });
    }

    private IResponseMessage ServeStudents(IRequestMessage request) => Page(request, "students", (school, query) =>
    {
        var all = Students.GetValueOrDefault(school) ?? [];
        var since = query.TryGetValue("changedSince", out var s) ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        return [.. all.Where(o => since is null || DateTimeOffset.Parse((string)o["changedAt"]!, CultureInfo.InvariantCulture) >= since)
            .OrderBy(o => DateTimeOffset.Parse((string)o["changedAt"]!, CultureInfo.InvariantCulture)).ThenBy(o => (string)o["studentNumber"]!, StringComparer.Ordinal)];
    });

    private IResponseMessage ServeAbsences(IRequestMessage request) => Page(request, "absences", (school, query) =>
    {
        if (!query.TryGetValue("from", out var f) || !query.TryGetValue("to", out var t))
        {
            return null;
        }

        var (from, to) = (DateOnly.Parse(f, CultureInfo.InvariantCulture), DateOnly.Parse(t, CultureInfo.InvariantCulture));
        var all = AbsenceDays.GetValueOrDefault(school) ?? [];
        return [.. all.Where(o => DateOnly.Parse((string)o["date"]!, CultureInfo.InvariantCulture) is var d && d >= from && d <= to)];
    });

    private IResponseMessage Page(IRequestMessage request, string kind, Func<string, Dictionary<string, string>, List<JsonObject>?> select)
    {
        var number = requestCounts.AddOrUpdate(kind, 1, (_, n) => n + 1);
        var auth = request.Headers?.TryGetValue("Authorization", out var values) == true ? values.FirstOrDefault() : null;
        if (auth is null || !auth.StartsWith("Bearer ", StringComparison.Ordinal)
            || !tokens.TryGetValue(auth["Bearer ".Length..], out var expires) || expires < TimeProvider.System.GetUtcNow())
        {
            return Json(401, new JsonObject { ["title"] = "token missing, unknown or expired", ["status"] = 401 });
        }

        var query = (request.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>()).ToDictionary(p => p.Key, p => p.Value.First(), StringComparer.Ordinal);
        var school = request.Path.Split('/')[3];
        var items = select(school, query);
        if (items is null)
        {
            return Json(400, new JsonObject { ["title"] = "from and to are required", ["status"] = 400 });
        }

        var offset = query.TryGetValue("cursor", out var c) ? int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(c)), CultureInfo.InvariantCulture) : 0;
        var page = items.Skip(offset).Take(PageSize).Select(o => o.DeepClone()).ToList();
        var next = offset + PageSize < items.Count ? Convert.ToBase64String(Encoding.UTF8.GetBytes((offset + PageSize).ToString(CultureInfo.InvariantCulture))) : null;
        var body = new JsonObject { ["items"] = new JsonArray([.. page]), ["next"] = next };
        if (Plan.TryRemove($"{kind}#{number}", out var fault))
        {
            return fault.Respond(body);
        }

        Served.AddOrUpdate($"{kind}@{offset}", 1, (_, n) => n + 1);
        return Json(200, body);
    }

    private Fault? TakeFault(string kind)
    {
        var number = requestCounts.AddOrUpdate(kind, 1, (_, n) => n + 1);
        return Plan.TryRemove($"{kind}#{number}", out var fault) ? fault : null;
    }

    internal static ResponseMessage Json(int status, JsonNode body, string contentType = "application/json") => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new(contentType) },
        BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = WireMock.Types.BodyType.String, Encoding = Encoding.UTF8 },
    };

    internal static ResponseMessage Text(int status, string body, params (string Name, string Value)[] headers)
    {
        var message = new ResponseMessage
        {
            StatusCode = status,
            Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = WireMock.Types.BodyType.String, Encoding = Encoding.UTF8 },
        };
        foreach (var (name, value) in headers)
        {
            message.Headers[name] = new(value);
        }

        return message;
    }

    /// <summary>The page marked for <see cref="DroppingProxy"/>: its headers and a few bytes reach the client, then the connection closes.</summary>
    private static ResponseMessage Dropped(JsonObject page)
    {
        var message = Json(200, page);
        message.Headers![DroppingProxy.DropHeader] = new("1");
        return message;
    }

    /// <summary>What a planned fault answers instead of the page.</summary>
    internal sealed record Fault(string Kind, int RetryAfterSeconds = 1, Func<JsonObject, JsonObject>? Break = null)
    {
        public static Fault TooMany(int seconds = 1) => new("429", seconds);

        public static Fault Unavailable() => new("503");

        public static Fault BadGateway() => new("502");

        public static Fault DropMidBody() => new("drop");

        public static Fault NotJson() => new("notjson");

        public static Fault Broken(Func<JsonObject, JsonObject> edit) => new("broken", Break: edit);

        public IResponseMessage Respond(JsonObject? page = null) => Kind switch
        {
            "429" => Text(429, """{"title":"Too Many Requests","status":429}""", ("Retry-After", RetryAfterSeconds.ToString(CultureInfo.InvariantCulture))),
            "503" => Text(503, """{"title":"Service Unavailable","status":503}"""),
            "502" => Text(502, """{"title":"Bad Gateway","status":502}"""),
            "notjson" => Text(200, "<html>maintenance</html>"),
            "broken" => Json(200, Break!(page!)),
            // Half the page, then the connection closes: the declared length is never reached.
            _ => Dropped(page ?? new JsonObject()),
        };
    }
}
