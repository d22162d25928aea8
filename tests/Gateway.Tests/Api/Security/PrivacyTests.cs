using System.Globalization;
using System.Net.Http.Json;
using Thuiszitters.Gateway.Conflicts;

namespace Thuiszitters.Gateway.Tests.Api.Security;

/// <summary>
/// DOMAIN.md: logs and error messages never contain a BSN or a name. Every endpoint is called by every user (and by
/// callers without or with a wrong token) with the seeded BSNs, at every log level; then no log message and no
/// problem-details body may hold a seeded BSN or surname.
/// </summary>
public sealed class PrivacyTests : IAsyncLifetime
{
    private readonly ApiHarness harness = new();
    private readonly List<string> problemBodies = [];

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task EveryEndpoint_SeededBsnsAndNames_AppearInNoLogMessageOrProblemDetails()
    {
        var conflicts = new List<long>();
        foreach (var pgn in new[] { RegisterSeed.PupilA, RegisterSeed.PupilB, RegisterSeed.PupilD })
        {
            conflicts.Add(await RegisterSeed.ConflictIdAsync(harness.Database.DataSource, pgn));
        }

        foreach (var user in TestUsers.All)
        {
            using var client = harness.Client(user);
            await CallEverythingAsync(client, conflicts);
        }

        using (var anonymous = harness.Client((TestUser?)null))
        {
            await CallEverythingAsync(anonymous, conflicts);
        }

        using (var wrong = harness.Client("a-token-nobody-has-been-given"))
        {
            await CallEverythingAsync(wrong, conflicts);
        }

        var logs = harness.Logs.Messages;
        Assert.Contains(logs, m => m.StartsWith("Debug Microsoft.AspNetCore.", StringComparison.Ordinal));
        Assert.Contains(logs, m => m.Contains("Microsoft.AspNetCore.Authorization", StringComparison.Ordinal));
        Assert.NotEmpty(problemBodies);
        var secrets = RegisterSeed.Pupils.Concat(RegisterSeed.Surnames).ToList();
        var leaks = logs.Concat(problemBodies).Where(text => secrets.Any(s => text.Contains(s, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, "BSN or surname in:\n" + string.Join('\n', leaks));
    }

    private static Uri Relative(string path) => new(path, UriKind.Relative);

    private async Task CallEverythingAsync(HttpClient client, List<long> conflicts)
    {
        string[] paths =
        [
            "/", "/health", "/api/me", "/api/demo/users", "/api/counts", "/api/conflicts", "/api/conflicts?state=OPEN",
            "/api/pupils", "/api/pupils?outOfSchoolOnly=false&purpose=signalering", "/api/pupils?status=AT_RISK",
        ];
        foreach (var path in paths)
        {
            await KeepAsync(await client.GetAsync(Relative(path)));
        }

        foreach (var pgn in RegisterSeed.Pupils)
        {
            await KeepAsync(await client.GetAsync(Relative($"/api/pupils/{pgn}?purpose=zorgoverleg")));
            await KeepAsync(await client.GetAsync(Relative($"/api/pupils/{pgn}")));
            await KeepAsync(await client.GetAsync(Relative($"/api/pupils/{pgn}/dossier")));
            await KeepAsync(await client.GetAsync(Relative($"/api/conflicts/{pgn}/acknowledge")));
            await KeepAsync(await client.PostAsync(Relative($"/api/conflicts/{pgn}x/acknowledge"), null));
        }

        foreach (var id in conflicts)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"/api/conflicts/{id}");
            await KeepAsync(await client.PostAsync(Relative(path + "/dismiss"), new StringContent("{}", System.Text.Encoding.UTF8, "application/json")));
            await KeepAsync(await client.PostAsync(Relative(path + "/dismiss"), new StringContent("{not json", System.Text.Encoding.UTF8, "application/json")));
            await KeepAsync(await client.PostAsync(Relative(path + "/acknowledge"), null));
            await KeepAsync(await client.PostAsJsonAsync(Relative(path + "/dismiss"), new DismissRequest("dubbel gemeld")));
        }
    }

    private async Task KeepAsync(HttpResponseMessage response)
    {
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                problemBodies.Add(await response.Content.ReadAsStringAsync());
            }
        }
    }
}
