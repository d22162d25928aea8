namespace Thuiszitters.Gateway.Tests.Api;

/// <summary>
/// The API test classes run one after another within a collection: each test starts a web host on a database of its
/// own, and all at once they would take most of the server's connection slots (shared with the other test projects)
/// and both cores. Two such chains (the register's endpoints, and the people and case endpoints) run side by side.
/// </summary>
[CollectionDefinition(Collection)]
public sealed class ApiTests
{
    public const string Collection = "Api";

    /// <summary>The second chain: login, people, audit, security and the case pages' endpoints.</summary>
    public const string PeopleCollection = "ApiPeople";
}

[CollectionDefinition(ApiTests.PeopleCollection)]
public sealed class ApiPeopleTests;
