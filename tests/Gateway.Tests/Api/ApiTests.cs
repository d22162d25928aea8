namespace Thuiszitters.Gateway.Tests.Api;

/// <summary>
/// The API test classes run one after another: each test starts a web host on a database of its own, and in parallel
/// they would take most of the server's connection slots (shared with the other test projects) and both cores.
/// </summary>
[CollectionDefinition(Collection)]
public sealed class ApiTests
{
    public const string Collection = "Api";
}
