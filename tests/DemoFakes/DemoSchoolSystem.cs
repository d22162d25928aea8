using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Thuiszitters.Connectors.SisApi;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace Thuiszitters.DemoFakes;

/// <summary>
/// A school system's API (<c>contracts/sis-api/openapi.json</c>) for one school: client-credentials tokens of an hour,
/// pupils by <c>changedSince</c> and cursor, absences by window, pages of at most 500. Another school is a 404; a
/// request without a valid token a 401.
/// </summary>
internal sealed class DemoSchoolSystem : IDisposable
{
    private const int PageSize = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly WireMockServer server;
    private readonly ConcurrentDictionary<string, DateTimeOffset> tokens = new(StringComparer.Ordinal);
    private readonly string clientId;
    private readonly string clientSecret;
    private readonly DemoSchool school;
    private readonly TimeProvider time;

    public DemoSchoolSystem(Uri url, string clientId, string clientSecret, DemoSchool school, TimeProvider time)
    {
        (this.clientId, this.clientSecret, this.school, this.time) = (clientId, clientSecret, school, time);
        server = WireMockServer.Start(new WireMockServerSettings { Urls = [url.GetLeftPart(UriPartial.Authority)] });
        server.Given(Request.Create().WithPath("/oauth/token").UsingPost()).RespondWith(Response.Create().WithCallback(Token));
        server.Given(Request.Create().WithPath(new RegexMatcher("^/v1/schools/[^/]+/students$")).UsingGet()).RespondWith(Response.Create().WithCallback(Students));
        server.Given(Request.Create().WithPath(new RegexMatcher("^/v1/schools/[^/]+/absences$")).UsingGet()).RespondWith(Response.Create().WithCallback(Absences));
    }

    public string Url => server.Url!;

    public void Dispose() => server.Stop();

    private ResponseMessage Token(IRequestMessage request)
    {
        IDictionary<string, string> form = request.BodyData?.BodyAsFormUrlEncoded ?? new Dictionary<string, string>();
        if (!form.TryGetValue("grant_type", out var grant) || grant != "client_credentials")
        {
            return Answer(400, new { error = "unsupported_grant_type" });
        }

        if (!form.TryGetValue("client_id", out var id) || id != clientId || !form.TryGetValue("client_secret", out var secret) || secret != clientSecret)
        {
            return Answer(401, new { error = "invalid_client" });
        }

        var token = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        tokens[token] = time.GetUtcNow().AddHours(1);
        return Answer(200, new SisToken(token, "Bearer", 3600));
    }

    private ResponseMessage Students(IRequestMessage request) => Page<SisStudent>(request, query =>
    {
        var since = query.TryGetValue("changedSince", out var s) ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        return [.. school.Students.Where(p => since is null || p.ChangedAt >= since)];
    });

    private ResponseMessage Absences(IRequestMessage request) => Page<SisAbsence>(request, query =>
    {
        if (!query.TryGetValue("from", out var f) || !query.TryGetValue("to", out var t))
        {
            return null;
        }

        var (from, to) = (DateOnly.Parse(f, CultureInfo.InvariantCulture), DateOnly.Parse(t, CultureInfo.InvariantCulture));
        return [.. school.Absences.Where(a => a.Date >= from && a.Date <= to)];
    });

    private ResponseMessage Page<T>(IRequestMessage request, Func<Dictionary<string, string>, List<T>?> select)
    {
        var auth = request.Headers?.TryGetValue("Authorization", out var values) == true ? values.FirstOrDefault() : null;
        if (auth is null || !auth.StartsWith("Bearer ", StringComparison.Ordinal)
            || !tokens.TryGetValue(auth["Bearer ".Length..], out var expires) || expires < time.GetUtcNow())
        {
            return Answer(401, new { title = "token missing, unknown or expired", status = 401 });
        }

        if (request.Path.Split('/')[3] != school.Code)
        {
            return Answer(404, new { title = "unknown school", status = 404 });
        }

        var query = (request.Query ?? new Dictionary<string, WireMockList<string>>()).ToDictionary(p => p.Key, p => p.Value.First(), StringComparer.Ordinal);
        if (select(query) is not { } items)
        {
            return Answer(400, new { title = "from and to are required", status = 400 });
        }

        var offset = query.TryGetValue("cursor", out var c) && int.TryParse(Encoding.UTF8.GetString(Convert.FromBase64String(c)), CultureInfo.InvariantCulture, out var o) ? o : 0;
        var next = offset + PageSize < items.Count ? Convert.ToBase64String(Encoding.UTF8.GetBytes((offset + PageSize).ToString(CultureInfo.InvariantCulture))) : null;
        return Answer(200, new SisPage<T>([.. items.Skip(offset).Take(PageSize)], next));
    }

    internal static ResponseMessage Answer(int status, object body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new(status >= 400 && body is not SisToken ? "application/problem+json" : "application/json") },
        BodyData = new BodyData { BodyAsString = JsonSerializer.Serialize(body, Json), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
    };
}
