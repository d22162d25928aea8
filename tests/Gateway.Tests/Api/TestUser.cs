using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Tests.Api;

/// <summary>A user the test host is configured with (section <c>Security:Users</c>).</summary>
internal sealed record TestUser(string Token, string Name, CallerRole Role, string? Organisation, params string[] Schools);
