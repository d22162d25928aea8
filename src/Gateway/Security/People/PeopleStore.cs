using System.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Thuiszitters.Gateway.Security.People;

/// <summary>
/// The people who sign in (<c>people</c>): add, list, deactivate, reset a password, unlock, and the sign-in check with
/// its lockout (<see cref="PeopleOptions"/>). Passwords are hashed by ASP.NET Core Identity's
/// <see cref="PasswordHasher{TUser}"/> (PBKDF2 with a salt per password); a hash in an older format is upgraded on the
/// next good sign-in.
/// </summary>
internal sealed class PeopleStore(NpgsqlDataSource dataSource, TimeProvider clock, IOptions<PeopleOptions> options)
{
    private const string Columns = """
        id, user_name, display_name, password_hash, role, organisation, schools, active, failed_attempts, first_failed_at,
        locked_until, session_version, created_at, last_sign_in_at
        """;

    private static readonly PasswordHasher<PersonRow> Hasher = new();

    /// <summary>Hashed once: an unknown user name costs a sign-in as much time as a known one.</summary>
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(null!, "not-a-password-of-anyone"));

    /// <returns>The new person's id, or null when the user name is taken.</returns>
    public async Task<long?> CreateAsync(NewPerson person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Validate() is { } problem)
        {
            throw new ArgumentException(problem.Reason, nameof(person));
        }

        await using var command = dataSource.CreateCommand("""
            INSERT INTO people (user_name, display_name, password_hash, role, organisation, schools, active, failed_attempts, session_version, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, TRUE, 0, 0, $7)
            ON CONFLICT (user_name) DO NOTHING RETURNING id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = person.UserName!.ToLowerInvariant() });
        command.Parameters.Add(new NpgsqlParameter { Value = person.DisplayName!.Trim() });
        command.Parameters.Add(new NpgsqlParameter { Value = Hasher.HashPassword(null!, person.Password!) });
        command.Parameters.Add(new NpgsqlParameter { Value = person.ParsedRole!.Value.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)person.Organisation ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = (person.Schools ?? []).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : null;
    }

    public async Task<IReadOnlyList<PersonInfo>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM people ORDER BY user_name");
        var now = clock.GetUtcNow();
        var people = new List<PersonInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var p = Read(reader);
            people.Add(new PersonInfo(
                p.Id, p.UserName, p.DisplayName, p.Role, p.Organisation, p.Schools, p.Active, p.FailedAttempts, p.LockedUntil,
                p.LockedUntil > now, p.CreatedAt, p.LastSignInAt));
        }

        return people;
    }

    /// <summary>The person of a session, if still active and signed in under the same <see cref="PersonRow.SessionVersion"/>.</summary>
    public async Task<PersonRow?> FindSessionAsync(long id, int sessionVersion, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM people WHERE id = $1 AND active AND session_version = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = sessionVersion });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>
    /// Checks a user name and password under a row lock. A wrong password counts a failure; <see cref="PeopleOptions.LockoutAttempts"/>
    /// failures within <see cref="PeopleOptions.LockoutWindow"/> lock the account for <see cref="PeopleOptions.LockoutDuration"/>,
    /// during which even the right password is refused. A good sign-in clears the count.
    /// </summary>
    public async Task<SignInOutcome> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var lockout = options.Value;
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        PersonRow? person;
        await using (var find = new NpgsqlCommand($"SELECT {Columns} FROM people WHERE user_name = $1 FOR UPDATE", connection, transaction))
        {
            find.Parameters.Add(new NpgsqlParameter { Value = userName.ToLowerInvariant() });
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            person = await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        }

        if (person is null)
        {
            Hasher.VerifyHashedPassword(null!, DummyHash.Value, password);
            return new SignInOutcome(null, "unknown user");
        }

        if (!person.Active)
        {
            Hasher.VerifyHashedPassword(null!, DummyHash.Value, password);
            return new SignInOutcome(null, "inactive");
        }

        if (person.LockedUntil > now)
        {
            Hasher.VerifyHashedPassword(null!, DummyHash.Value, password);
            return new SignInOutcome(null, "locked");
        }

        var verified = Hasher.VerifyHashedPassword(person, person.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            var windowOpen = person.FirstFailedAt is { } first && now - first < lockout.LockoutWindow && person.FailedAttempts > 0;
            var failures = windowOpen ? person.FailedAttempts + 1 : 1;
            var lockedUntil = failures >= lockout.LockoutAttempts ? now + lockout.LockoutDuration : (DateTimeOffset?)null;
            await using var fail = new NpgsqlCommand(
                "UPDATE people SET failed_attempts = $2, first_failed_at = $3, locked_until = $4 WHERE id = $1", connection, transaction);
            fail.Parameters.Add(new NpgsqlParameter { Value = person.Id });
            fail.Parameters.Add(new NpgsqlParameter { Value = failures });
            fail.Parameters.Add(new NpgsqlParameter { Value = windowOpen ? person.FirstFailedAt! : now });
            fail.Parameters.Add(new NpgsqlParameter { Value = (object?)lockedUntil ?? DBNull.Value });
            await fail.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new SignInOutcome(null, lockedUntil is null ? "wrong password" : "wrong password, now locked");
        }

        await using (var success = new NpgsqlCommand("""
            UPDATE people SET failed_attempts = 0, first_failed_at = NULL, locked_until = NULL, last_sign_in_at = $2,
              password_hash = coalesce($3, password_hash)
            WHERE id = $1
            """, connection, transaction))
        {
            success.Parameters.Add(new NpgsqlParameter { Value = person.Id });
            success.Parameters.Add(new NpgsqlParameter { Value = now });
            success.Parameters.Add(new NpgsqlParameter
            {
                Value = verified == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(person, password) : DBNull.Value,
                NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text,
            });
            await success.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SignInOutcome(person, null);
    }

    /// <summary>Deactivates a person and ends their sessions.</summary>
    public Task<bool> DeactivateAsync(long id, CancellationToken cancellationToken) =>
        UpdateAsync("UPDATE people SET active = FALSE, session_version = session_version + 1 WHERE id = $1", id, null, cancellationToken);

    public Task<bool> ActivateAsync(long id, CancellationToken cancellationToken) =>
        UpdateAsync("UPDATE people SET active = TRUE, failed_attempts = 0, first_failed_at = NULL, locked_until = NULL WHERE id = $1", id, null, cancellationToken);

    /// <summary>Sets a new password, unlocks, and ends the person's sessions.</summary>
    public Task<bool> ResetPasswordAsync(long id, string password, CancellationToken cancellationToken)
    {
        if (PersonRules.Password(password) is { } reason)
        {
            throw new ArgumentException(reason, nameof(password));
        }

        return UpdateAsync("""
            UPDATE people SET password_hash = $2, failed_attempts = 0, first_failed_at = NULL, locked_until = NULL,
              session_version = session_version + 1
            WHERE id = $1
            """, id, Hasher.HashPassword(null!, password), cancellationToken);
    }

    public Task<bool> UnlockAsync(long id, CancellationToken cancellationToken) =>
        UpdateAsync("UPDATE people SET failed_attempts = 0, first_failed_at = NULL, locked_until = NULL WHERE id = $1", id, null, cancellationToken);

    private async Task<bool> UpdateAsync(string sql, long id, string? text, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        if (text is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = text });
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static PersonRow Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        UserName = reader.GetString(1),
        DisplayName = reader.GetString(2),
        PasswordHash = reader.GetString(3),
        Role = reader.GetString(4),
        Organisation = reader.IsDBNull(5) ? null : reader.GetString(5),
        Schools = reader.GetFieldValue<string[]>(6),
        Active = reader.GetBoolean(7),
        FailedAttempts = reader.GetInt32(8),
        FirstFailedAt = reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
        LockedUntil = reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10),
        SessionVersion = reader.GetInt32(11),
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(12),
        LastSignInAt = reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13),
    };
}
