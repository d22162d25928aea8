using Thuiszitters.Gateway.Cli;

if (args.Length > 0 && CliCommands.TryGet(args[0], out var command))
{
    using var cts = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
    return await command(args[1..], cts.Token);
}

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "Thuiszitters Gateway");
await app.RunAsync();
return 0;
