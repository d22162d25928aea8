using System.Globalization;
using Thuiszitters.Gateway.Cli;

namespace Thuiszitters.Gateway.Security.People;

/// <summary>
/// <c>user create --name N --display-name D --role R [--organisation O] [--schools A,B]</c> (the password from
/// <c>TZ_USER_PASSWORD</c> or the first line of standard input, never an argument: arguments show up in process lists
/// and shell history), <c>user list</c>, <c>user unlock ID</c>, over a <see cref="PeopleStore"/>.
/// </summary>
internal sealed class UserCommandRunner(PeopleStore store, TextReader input, TextWriter output, TextWriter error, Func<string, string?> environment)
{
    public const string PasswordVariable = "TZ_USER_PASSWORD";

    private const string Usage =
        "usage: user create --name N --display-name D --role admin|leerplicht|school|board|swv|inspectie|itstaff [--organisation O] [--schools 12AB00,34CD00]"
        + " (password from TZ_USER_PASSWORD or standard input) | user list | user unlock ID";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        switch (args.Count > 0 ? args[0] : null)
        {
            case "create":
                return await CreateAsync(args, cancellationToken);
            case "list":
                foreach (var p in await store.ListAsync(cancellationToken))
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{p.Id}\t{p.UserName}\t{p.Role}\t{p.Organisation ?? "-"}\t{(p.Active ? "active" : "inactive")}\t{(p.Locked ? "locked" : "")}"));
                }

                return 0;
            case "unlock" when args.Count == 2 && long.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                if (await store.UnlockAsync(id, cancellationToken))
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"user {id} unlocked"));
                    return 0;
                }

                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"user: no user {id}"));
                return 1;
            default:
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private async Task<int> CreateAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = CommandArguments.Parse([.. args.Skip(1)]);
        if (options.Get("password") is not null)
        {
            await error.WriteLineAsync($"user: a password is never an argument; set {PasswordVariable} or pipe it to standard input");
            return 2;
        }

        var password = environment(PasswordVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : await input.ReadLineAsync(cancellationToken);
        var schools = options.Get("schools") is { } list ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        var person = new NewPerson(options.Get("name"), options.Get("display-name") ?? options.Get("name"), options.Get("role"), options.Get("organisation"), schools, password);
        if (person.Validate() is { } problem)
        {
            await error.WriteLineAsync($"user: {problem.Field}: {problem.Reason}");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (await store.CreateAsync(person, cancellationToken) is not { } id)
        {
            await error.WriteLineAsync("user: this user name is taken");
            return 1;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"user {id} ({person.UserName!.ToLowerInvariant()}, {person.ParsedRole}) created"));
        return 0;
    }
}
