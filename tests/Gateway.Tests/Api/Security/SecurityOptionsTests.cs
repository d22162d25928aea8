namespace Thuiszitters.Gateway.Tests.Api.Security;

/// <summary>A misconfigured user stops the host at start, and the message names the user's position, never the token.</summary>
public sealed class SecurityOptionsTests : IAsyncLifetime
{
    private const string ShortToken = "only-15-chars-x";

    private ApiHarness? harness;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (harness is not null)
        {
            await harness.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(ShortToken, "Swv", "VO2203", "Users[8]: The field Token must be")]
    [InlineData("a-long-enough-token-for-leerplicht", "Leerplicht", "", "Users[8]: role Leerplicht needs an Organisation")]
    [InlineData("a-long-enough-token-for-a-school", "School", null, "Users[8]: role School needs an Organisation")]
    [InlineData("tok-swv-vo2203-ffffffff", "Inspectie", null, "Two users have the same token")]
    [InlineData("a-long-enough-token-without-a-role", null, "VO2203", "Users[8]: The Role field is required")]
    public async Task Start_MisconfiguredUser_FailsNamingTheUserNotTheToken(string token, string? role, string? organisation, string expected)
    {
        harness = new ApiHarness
        {
            Settings = new Dictionary<string, string?>
            {
                ["Security:Users:8:Token"] = token,
                ["Security:Users:8:Name"] = "Nieuwe Gebruiker",
                ["Security:Users:8:Role"] = role,
                ["Security:Users:8:Organisation"] = organisation,
            },
        };
        await harness.InitializeAsync();

        var failure = Assert.ThrowsAny<Exception>(() => harness.Client(TestUsers.Swv).Dispose());

        var text = failure.ToString();
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WellConfiguredUsers_ServesRequests()
    {
        harness = new ApiHarness();
        await harness.InitializeAsync();

        using var client = harness.Client(TestUsers.Swv);

        Assert.True((await client.GetAsync(new Uri("/api/me", UriKind.Relative))).IsSuccessStatusCode);
    }
}
