namespace Thuiszitters.Gateway.Feed.Entities;

/// <summary>A machine key (<c>api_keys</c>): only the SHA-256 of the key is stored; the key itself is shown once.</summary>
internal sealed class ApiKeyRow
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary><c>leerplicht:&lt;gemeente&gt;</c>, <c>swv:&lt;code&gt;</c> or <c>admin</c>.</summary>
    public required string Scope { get; set; }

    public required byte[] KeyHash { get; set; }

    /// <summary>The key's first characters, to recognise it in a list.</summary>
    public required string Prefix { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The last day the key works; null for no end.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
