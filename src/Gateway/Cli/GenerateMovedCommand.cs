namespace Thuiszitters.Gateway.Cli;

/// <summary>
/// <c>generate</c> was a command of the gateway; the generator is a program of its own now (<c>src/Generator</c>), so
/// the product contains no synthetic data code. Kept as a pointer so that an old invocation is not taken for the web host.
/// </summary>
internal static class GenerateMovedCommand
{
    public const string Message =
        "generate: the generator is a program of its own: dotnet run --project src/Generator -- --out <folder> [--pupils N] [--seed N] [--as-of yyyy-mm-dd]";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        await Console.Error.WriteLineAsync(Message.AsMemory(), cancellationToken);
        return 2;
    }
}
