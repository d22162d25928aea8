using Npgsql;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Identity;
using Thuiszitters.Gateway.Reconciliation.Reading;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Reading;

/// <summary>
/// The scope expansion draws in the look-alikes (same birth date and surname) that can matter, pairs with an
/// onderwijsnummer-only person, from either side: the scope's BSN person's onderwijsnummer look-alike (through the partial
/// index of onderwijsnummer-like keys) and the scope's onderwijsnummer person's BSN look-alike; never a BSN person's BSN look-alike.
/// </summary>
public sealed class IncrementalScopeTests : IAsyncLifetime
{
    private static readonly string BsnInScope = Pgns.Bsn(61);
    private static readonly string BsnTwin = Pgns.Bsn(62);
    private static readonly string OnderwijsnummerTwin = Pgns.Onderwijsnummer(61);
    private static readonly string OnderwijsnummerInScope = Pgns.Onderwijsnummer(62);
    private static readonly string BsnOfOnderwijsnummer = Pgns.Bsn(63);
    private static readonly string Stranger = Pgns.Bsn(64);

    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task ExpandAsync_LookAlikes_DrawsInPairsWithAnOnderwijsnummerPersonOnly()
    {
        await InsertNameKeysAsync(
            (BsnInScope, "jansen", 1), (BsnTwin, "jansen", 1), (OnderwijsnummerTwin, "jansen", 1),
            (OnderwijsnummerInScope, "visser", 2), (BsnOfOnderwijsnummer, "visser", 2),
            (Stranger, "smit", 3));

        await using var scope = await ScopeIds.OpenAsync(database.DataSource, [BsnInScope, OnderwijsnummerInScope], CancellationToken.None);
        var searched = await IncrementalScope.ExpandAsync(scope, CancellationToken.None);

        Assert.Equal(
            new[] { BsnInScope, BsnOfOnderwijsnummer, OnderwijsnummerInScope, OnderwijsnummerTwin }.Order(StringComparer.Ordinal),
            scope.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(
            new[] { new PersonNameKey(OnderwijsnummerInScope, 2014, 3, 2, "visser"), new PersonNameKey(BsnInScope, 2014, 3, 1, "jansen") },
            searched.OrderBy(k => k.PersonKey, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Migration_NameKeys_HaveAPartialIndexOfOnderwijsnummerLikeKeys()
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'person_name_keys' AND indexname = 'ix_person_name_keys_onderwijsnummer_birth_surname'");
        var definition = (string?)await command.ExecuteScalarAsync();

        Assert.NotNull(definition);
        Assert.Contains("(birth_year, birth_month, birth_day, surname) WHERE (person_key ~~ '10%'::text)", definition, StringComparison.Ordinal);
    }

    private async Task InsertNameKeysAsync(params (string Key, string Surname, int Day)[] keys)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO person_name_keys (person_key, birth_year, birth_month, birth_day, surname) SELECT k, 2014, 3, d, s FROM unnest(@k, @d, @s) AS t(k, d, s)");
        command.Parameters.AddWithValue("k", keys.Select(k => k.Key).ToArray());
        command.Parameters.AddWithValue("d", keys.Select(k => k.Day).ToArray());
        command.Parameters.AddWithValue("s", keys.Select(k => k.Surname).ToArray());
        await using var connection = await database.DataSource.OpenConnectionAsync();
        command.Connection = connection;
        await command.ExecuteNonQueryAsync();
    }
}
