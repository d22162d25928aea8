using System.Text.Json.Serialization;

namespace Thuiszitters.Connectors.SisApi;

/// <summary>The answer of <c>POST /oauth/token</c> (RFC 6749 names). The token is a secret: never log it.</summary>
public sealed record SisToken(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
