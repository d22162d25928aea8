using Thuiszitters.DemoFakes;

// The demo's fakes: a school system's API (contracts/sis-api) serving one school of the generated region, and DUO's ROD
// submission API (contracts/duo-rod-api), each a WireMock.Net server on a loopback port. Secrets come from the environment
// the gateway reads too (SisApi__ClientSecret, DuoRod__AccessToken). Runs until stopped (Ctrl+C or SIGTERM).
var options = FakeOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync(FakeOptions.Usage);
    return 2;
}

var school = DemoSchool.Load(options.School, options.DataFolder);
using var sis = new DemoSchoolSystem(options.SisUrl, options.ClientId, options.ClientSecret, school, TimeProvider.System);
using var duo = new DemoDuo(options.DuoUrl, options.DuoToken);
await Console.Out.WriteLineAsync(
    $"demo-fakes: school system {sis.Url} ({school.Code}: {school.Students.Count} pupils, {school.Absences.Count} absence days), DUO {duo.Url}");

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Stopped.
}

await Console.Out.WriteLineAsync($"demo-fakes: stopped ({duo.Batches} DUO batches received)");
return 0;
