using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Thuiszitters.Gateway.Feed.ApiKeys;

/// <summary>
/// Creates, lists, revokes and finds machine keys. A key is <c>tzk_</c> + 32 random bytes (base64url); only its SHA-256
/// is stored.
/// </summary>
/// <remarks>
/// SHA-256 and not PBKDF2 or another slow hash: a slow hash protects guessable passwords; a key of 256 random bits
/// cannot be guessed from its hash however fast the hash is, and a slow hash would cost every request tens of
/// milliseconds. The key is found by its hash (a unique index), and the stored hash is compared with
/// <see cref="CryptographicOperations.FixedTimeEquals"/>. Requests find keys through <see cref="ApiKeyCache"/>, which
/// reads the key row again after a second at most, so a revocation or expiry counts within that second, without restart.
/// </remarks>
internal sealed class ApiKeyStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public const string Prefix = "tzk_";

    public async Task<(ApiKeyInfo Key, string Secret)> CreateAsync(string name, ApiKeyScope scope, DateOnly? expiresOn, CancellationToken cancellationToken)
    {
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        await using var command = dataSource.CreateCommand("""
            INSERT INTO api_keys (name, scope, key_hash, prefix, created_at, expires_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
            """);
        var now = clock.GetUtcNow();
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = scope.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = Hash(secret) });
        command.Parameters.Add(new NpgsqlParameter { Value = secret[..12] });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)expiresOn ?? DBNull.Value });
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return (new ApiKeyInfo(id, name, scope, secret[..12], now, expiresOn, null), secret);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id, name, scope, prefix, created_at, expires_on, revoked_at FROM api_keys ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKeyInfo>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(Read(reader));
        }

        return keys;
    }

    /// <returns>Whether a key that was not yet revoked now is.</returns>
    public async Task<bool> RevokeAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE api_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>The key presented, whatever its state (expired and revoked keys are returned too: the caller decides); null when unknown.</summary>
    public async Task<ApiKeyInfo?> FindAsync(string presented, CancellationToken cancellationToken)
    {
        var hash = Hash(presented);
        await using var command = dataSource.CreateCommand("SELECT id, name, scope, prefix, created_at, expires_on, revoked_at, key_hash FROM api_keys WHERE key_hash = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = hash });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || !CryptographicOperations.FixedTimeEquals(hash, reader.GetFieldValue<byte[]>(7)))
        {
            return null;
        }

        return Read(reader);
    }

    /// <summary>Whether the key works today (not revoked, not past its last day).</summary>
    public bool IsValid(ApiKeyInfo key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.RevokedAt is null && (key.ExpiresOn is not { } last || DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) <= last);
    }

    private static ApiKeyInfo Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), ApiKeyScope.Parse(reader.GetString(2)) ?? ApiKeyScope.None, reader.GetString(3),
        reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
        reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6));

    internal static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
