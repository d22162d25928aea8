using System.Net;

namespace Thuiszitters.Gateway.Tests.Api.Security;

/// <summary>Every response carries the security headers; everything that may hold pupil data is never cached.</summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private readonly ApiHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Theory]
    [InlineData("/", false)]
    [InlineData("/app.js", false)]
    [InlineData("/login", true)]
    [InlineData("/api/pupils?outOfSchoolOnly=false", true)]
    [InlineData("/api/pupils/999999999?purpose=x", true)]
    [InlineData("/api/conflicts", true)]
    [InlineData("/api/counts", true)]
    [InlineData("/api/me", true)]
    [InlineData("/does-not-exist", false)]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path, bool noStore)
    {
        using var client = harness.Client(TestUsers.Swv);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        if (noStore)
        {
            Assert.True(response.Headers.CacheControl?.NoStore, path + " may be cached");
        }
    }

    [Fact]
    public async Task Pages_HoldNoInlineScript()
    {
        using var client = harness.Client((TestUser?)null);
        foreach (var page in new[] { "/", "/admin/people.html", "/admin/audit.html" })
        {
            var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
            Assert.DoesNotMatch("\\son[a-z]+=", html);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/js/api.js", UriKind.Relative))).StatusCode);
    }
}
