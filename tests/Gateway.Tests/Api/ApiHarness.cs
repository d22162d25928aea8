using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Security.People;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Api;

/// <summary>
/// A test's own register (seeded with <see cref="RegisterSeed"/>), clock, log collector and web host. The test class
/// owns it as an <see cref="IAsyncLifetime"/>: xunit 2 calls <see cref="DisposeAsync"/> after each test, but never a test
/// class's <see cref="IAsyncDisposable"/>, which CA1001 would ask for.
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
internal sealed class ApiHarness : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 4, 15, 9, 30, 0, TimeSpan.Zero);

    private ApiHost? host;

    /// <summary>Whether the host runs with <c>Demo:Enabled</c>.</summary>
    public bool Demo { get; init; }

    /// <summary>Configuration added after (and so over) the test users and the connection string.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The host's environment: <see cref="ApiHost.Testing"/> unless a test is about Production.</summary>
    public string Environment { get; init; } = ApiHost.Testing;

    /// <summary>Whether <see cref="TestUsers"/> are configured under <c>Security:Users</c>.</summary>
    public bool ConfiguredUsers { get; init; } = true;

    public TestDatabase Database { get; } = new();

    public FixedTimeProvider Clock { get; } = new(Now);

    public LogCollector Logs { get; } = new();

    public ApiHost Host => host ?? throw new InvalidOperationException("InitializeAsync first.");

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await RegisterSeed.SeedAsync(Database.DataSource, Clock);
        host = new ApiHost(Database.ConnectionString, Clock, Logs, Demo, Settings, Environment, ConfiguredUsers);
    }

    /// <summary>A client that presents <paramref name="user"/>'s token; null for a client without one.</summary>
    public HttpClient Client(TestUser? user)
    {
        var client = Host.CreateClient();
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        }

        return client;
    }

    public HttpClient Client(string token)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The people store on this test's database and clock.</summary>
    public PeopleStore People => new(Database.DataSource, Clock, Options.Create(new PeopleOptions()));

    /// <summary>Adds <paramref name="user"/> as a person who signs in (user name = the token, password <see cref="PasswordOf"/>), once.</summary>
    public async Task AddPersonAsync(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await CountAsync("people", $"user_name = '{user.Token}'") == 0)
        {
            await People.CreateAsync(new NewPerson(user.Token, user.Name, user.Role.ToString(), user.Organisation, user.Schools, PasswordOf(user)), CancellationToken.None);
        }
    }

    public static string PasswordOf(TestUser user) => (user ?? throw new ArgumentNullException(nameof(user))).Token + "-wachtwoord";

    /// <summary>A client without redirects and with its own cookie jar, nobody signed in.</summary>
    public HttpClient CookieClient(bool https = false) =>
        Host.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        });

    /// <summary>
    /// A client signed in as <paramref name="user"/> through <c>/login</c> (the person is added first), that sends the
    /// session's antiforgery header on every request, as the pages' api.js does.
    /// </summary>
    public async Task<HttpClient> SignedInAsync(TestUser user)
    {
        await AddPersonAsync(user);
        var client = CookieClient();
        var response = await SessionForms.SignInAsync(client, user.Token, PasswordOf(user));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in of {user.Name} failed: {(int)response.StatusCode}");
        }

        await SessionForms.AddAntiforgeryHeaderAsync(client);
        return client;
    }

    public Task<IReadOnlyList<string>> RowsAsync(string sql) => RegisterContents.RowsAsync(Database.DataSource, sql);

    public Task<long> CountAsync(string table, string where = "true") => RegisterContents.CountAsync(Database.DataSource, table, where);

    public async Task DisposeAsync()
    {
        try
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }
        finally
        {
            await Database.DisposeAsync();
        }
    }
}
