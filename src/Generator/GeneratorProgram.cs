namespace Thuiszitters.Generator;

/// <summary>
/// <c>dotnet run --project src/Generator -- --out &lt;folder&gt; [--pupils 20000] [--schools 40] [--gemeenten 5] [--seed 42]
/// [--as-of 2026-04-15]</c> (see <see cref="GenerateCommand"/>). Not a top-level program: the API tests see the gateway's
/// <c>Program</c> and this assembly's internals at once.
/// </summary>
internal static class GeneratorProgram
{
    public static async Task<int> Main(string[] args)
    {
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        return await GenerateCommand.RunAsync(args, cts.Token);
    }
}
