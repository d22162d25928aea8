using System.Net;

namespace Thuiszitters.Gateway.Tests.Api.Security;

/// <summary>
/// Every role against every people endpoint and conflict action, own and other organisation. The expectations are
/// written out here by hand from DOMAIN.md (who sees which pupil, who acts on which conflict), not derived from the
/// code under test. A pupil or conflict of another organisation gets exactly the answer a nonexistent one gets, and the
/// attempt is audited as refused.
/// </summary>
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    private const string Unknown = "999999990";

    private static readonly string[] Letters = ["A", "B", "C", "D"];

    /// <summary>Who sees which seeded pupil (A: 0361 at school A; B: 0383 at B; C: 0361 at B; D: 0383 at C).</summary>
    private static readonly Dictionary<string, string[]> Sees = new()
    {
        [nameof(TestUsers.Leerplicht0361)] = ["A", "C"],
        [nameof(TestUsers.Leerplicht0383)] = ["B", "D"],
        [nameof(TestUsers.School12Ab)] = ["A"],
        [nameof(TestUsers.School34Cd)] = ["B", "C"],
        [nameof(TestUsers.Board)] = ["A", "D"],
        [nameof(TestUsers.Swv)] = ["A", "B", "C", "D"],
    };

    /// <summary>
    /// Per conflict (A: NOT_IN_ROD at school A, acts SCHOOL; B: ENROLMENT_GAP at B, acts LEERPLICHT; D:
    /// UNENROLLED_WITHOUT_NEW_SCHOOL at C, acts LEAVING_SCHOOL_AND_LEERPLICHT) the answer to an acknowledge:
    /// 204 the acting party, 403 a party that sees it but must not act, 404 everyone else.
    /// </summary>
    private static readonly Dictionary<string, Dictionary<string, HttpStatusCode>> Acknowledge = new()
    {
        [nameof(TestUsers.Leerplicht0361)] = new() { ["A"] = HttpStatusCode.Forbidden, ["B"] = HttpStatusCode.NotFound, ["D"] = HttpStatusCode.NotFound },
        [nameof(TestUsers.Leerplicht0383)] = new() { ["A"] = HttpStatusCode.NotFound, ["B"] = HttpStatusCode.NoContent, ["D"] = HttpStatusCode.NoContent },
        [nameof(TestUsers.School12Ab)] = new() { ["A"] = HttpStatusCode.NoContent, ["B"] = HttpStatusCode.NotFound, ["D"] = HttpStatusCode.NotFound },
        [nameof(TestUsers.School34Cd)] = new() { ["A"] = HttpStatusCode.NotFound, ["B"] = HttpStatusCode.Forbidden, ["D"] = HttpStatusCode.NotFound },
        [nameof(TestUsers.Board)] = new() { ["A"] = HttpStatusCode.NoContent, ["B"] = HttpStatusCode.NotFound, ["D"] = HttpStatusCode.NoContent },
        [nameof(TestUsers.Swv)] = new() { ["A"] = HttpStatusCode.Forbidden, ["B"] = HttpStatusCode.Forbidden, ["D"] = HttpStatusCode.Forbidden },
    };

    private readonly ApiHarness harness = new();

    public static TheoryData<string> PupilRoles => [.. Sees.Keys];

    public static TheoryData<string> OtherRoles => [nameof(TestUsers.Inspectie), nameof(TestUsers.ItStaff), nameof(TestUsers.Admin)];

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Theory]
    [MemberData(nameof(PupilRoles))]
    public async Task PupilRole_SeesOwnPupils_AndAnotherOrganisationsPupilIsAnswerdAsANonexistentOne(string name)
    {
        using var client = harness.Client(TestUsers.Named(name));
        var nonexistent = await client.GetAsync(Detail(Unknown));
        Assert.Equal(HttpStatusCode.NotFound, nonexistent.StatusCode);
        var nonexistentBody = WithoutTraceId(await nonexistent.Content.ReadAsStringAsync());

        foreach (var (letter, pgn) in Pupils())
        {
            var response = await client.GetAsync(Detail(pgn));
            if (Sees[name].Contains(letter))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                continue;
            }

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(nonexistentBody, WithoutTraceId(await response.Content.ReadAsStringAsync()));
            Assert.Equal(
                ["REFUSED"],
                await harness.RowsAsync($"SELECT outcome FROM audit_log WHERE action = 'pupil-detail' AND pgn = '{pgn}'"));
        }

        var list = await client.GetStringAsync(new Uri("/api/pupils?outOfSchoolOnly=false", UriKind.Relative));
        foreach (var (letter, pgn) in Pupils())
        {
            Assert.Equal(Sees[name].Contains(letter), list.Contains(pgn, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(PupilRoles))]
    public async Task PupilRole_ActsOnlyWhereItIsTheActingParty(string name)
    {
        using var client = harness.Client(TestUsers.Named(name));
        foreach (var (letter, expected) in Acknowledge[name])
        {
            var id = await RegisterSeed.ConflictIdAsync(harness.Database.DataSource, Pupil(letter));
            var refusedBefore = await harness.CountAsync("audit_log", "outcome = 'REFUSED' AND action = 'conflict-acknowledge'");

            var acknowledge = await client.PostAsync(new Uri($"/api/conflicts/{id}/acknowledge", UriKind.Relative), null);
            var dismiss = await client.PostAsync(
                new Uri($"/api/conflicts/{id}/dismiss", UriKind.Relative),
                new StringContent("{\"reason\":\"matrix\"}", System.Text.Encoding.UTF8, "application/json"));

            Assert.True(expected == acknowledge.StatusCode, $"{name} acknowledging conflict {letter}: {acknowledge.StatusCode}, expected {expected}");
            Assert.Equal(expected == HttpStatusCode.NoContent ? HttpStatusCode.NoContent : expected, dismiss.StatusCode);
            if (expected != HttpStatusCode.NoContent)
            {
                Assert.Equal(["OPEN"], await harness.RowsAsync($"SELECT state FROM conflicts WHERE id = {id}"));
                Assert.Equal(refusedBefore + 1, await harness.CountAsync("audit_log", "outcome = 'REFUSED' AND action = 'conflict-acknowledge'"));
            }
            else
            {
                Assert.Equal(["DISMISSED"], await harness.RowsAsync($"SELECT state FROM conflicts WHERE id = {id}"));
                await harness.RowsAsync($"""
                    UPDATE conflicts SET state = 'OPEN', acknowledged_by = NULL, acknowledged_at = NULL, dismissed_by = NULL, dismissed_at = NULL,
                      dismiss_reason = NULL WHERE id = {id} RETURNING id
                    """);
            }
        }

        var unknown = await client.PostAsync(new Uri("/api/conflicts/987654321/acknowledge", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task RoleWithoutPupilAccess_GetsNoPupilAndNoConflictAction(string name)
    {
        using var client = await ClientAsync(name);
        var id = await RegisterSeed.ConflictIdAsync(harness.Database.DataSource, RegisterSeed.PupilA);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/api/pupils", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Detail(RegisterSeed.PupilA))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/api/conflicts", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(new Uri($"/api/conflicts/{id}/acknowledge", UriKind.Relative), null)).StatusCode);
        Assert.Equal(["OPEN"], await harness.RowsAsync($"SELECT state FROM conflicts WHERE id = {id}"));
    }

    [Theory]
    [InlineData(nameof(TestUsers.Leerplicht0361), HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(nameof(TestUsers.School12Ab), HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(nameof(TestUsers.Board), HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(nameof(TestUsers.Swv), HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(nameof(TestUsers.Inspectie), HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(nameof(TestUsers.ItStaff), HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(nameof(TestUsers.Admin), HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    public async Task Role_CountsAndAdminPages(string name, HttpStatusCode counts, HttpStatusCode admin)
    {
        using var client = await ClientAsync(name);

        Assert.Equal(counts, (await client.GetAsync(new Uri("/api/counts", UriKind.Relative))).StatusCode);
        Assert.Equal(admin, (await client.GetAsync(new Uri("/api/admin/people", UriKind.Relative))).StatusCode);
        Assert.Equal(admin, (await client.GetAsync(new Uri("/api/admin/audit", UriKind.Relative))).StatusCode);
        Assert.Equal(admin, (await client.GetAsync(new Uri("/api/admin/audit.csv", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Anonymous_GetsNothing()
    {
        using var client = harness.CookieClient();
        foreach (var path in new[] { "/api/pupils", $"/api/pupils/{RegisterSeed.PupilA}?purpose=x", "/api/conflicts", "/api/counts", "/api/me", "/api/admin/people", "/api/admin/audit" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
    }

    private static Uri Detail(string pgn) => new($"/api/pupils/{pgn}?purpose=matrix", UriKind.Relative);

    private static string Pupil(string letter) => letter switch
    {
        "A" => RegisterSeed.PupilA,
        "B" => RegisterSeed.PupilB,
        "C" => RegisterSeed.PupilC,
        _ => RegisterSeed.PupilD,
    };

    private static IEnumerable<(string Letter, string Pgn)> Pupils() => Letters.Select(l => (l, Pupil(l)));

    /// <summary>A token client, or for the admin (a person only) a signed-in session.</summary>
    private async Task<HttpClient> ClientAsync(string name) =>
        name == nameof(TestUsers.Admin) ? await harness.SignedInAsync(TestUsers.Admin) : harness.Client(TestUsers.Named(name));

    /// <summary>A problem's body without its per-request <c>traceId</c>, which differs between any two answers.</summary>
    private static string WithoutTraceId(string body) =>
        System.Text.RegularExpressions.Regex.Replace(body, "\"traceId\":\"[^\"]*\",?", string.Empty);
}
