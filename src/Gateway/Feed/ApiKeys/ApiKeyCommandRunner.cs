using System.Globalization;
using Thuiszitters.Gateway.Cli;

namespace Thuiszitters.Gateway.Feed.ApiKeys;

/// <summary>The <c>api-key</c> subcommands over an <see cref="ApiKeyStore"/>, writing to the given streams.</summary>
internal sealed class ApiKeyCommandRunner(ApiKeyStore store, TextWriter output, TextWriter error)
{
    private const string Usage = "usage: api-key create --name N --scope leerplicht:<gemeente>|swv:<code>|admin [--expires yyyy-mm-dd] | api-key list | api-key revoke ID";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        switch (args.Count > 0 ? args[0] : null)
        {
            case "create":
                return await CreateAsync(CommandArguments.Parse([.. args.Skip(1)]), cancellationToken);
            case "list":
                foreach (var key in await store.ListAsync(cancellationToken))
                {
                    var state = key.RevokedAt is not null ? "revoked" : store.IsValid(key) ? "active" : "expired";
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{key.Id}\t{key.Name}\t{key.Scope}\t{key.Prefix}...\tcreated {key.CreatedAt:yyyy-MM-dd}\texpires {key.ExpiresOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never"}\t{state}"));
                }

                return 0;
            case "revoke" when args.Count == 2 && long.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                if (await store.RevokeAsync(id, cancellationToken))
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"key {id} revoked"));
                    return 0;
                }

                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"api-key: no active key {id}"));
                return 1;
            default:
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private async Task<int> CreateAsync(CommandArguments options, CancellationToken cancellationToken)
    {
        var name = options.Get("name");
        var scope = ApiKeyScope.Parse(options.Get("scope"));
        DateOnly? expires = null;
        if (options.Get("expires") is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                await error.WriteLineAsync($"api-key: --expires {text} is not a date yyyy-mm-dd");
                return 2;
            }

            expires = day;
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 100 || scope is null)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var (key, secret) = await store.CreateAsync(name, scope, expires, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"key {key.Id} ({key.Name}, {key.Scope}); shown this once, store it now:"));
        await output.WriteLineAsync(secret);
        return 0;
    }
}
