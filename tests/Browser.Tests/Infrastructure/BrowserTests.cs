namespace Thuiszitters.Browser.Tests.Infrastructure;

/// <summary>
/// The browser tests run one after another: each starts a web host on a real loopback port with a database of its own
/// and drives one Chromium, and both cores are shared with the other test projects.
/// </summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class BrowserTests
{
    public const string Collection = "Browser";
}
