namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// A kind of source (<see cref="SourceOptions.Kind"/>): how its options are checked and how one run fetches and applies
/// what is new. <c>dropFolder</c> is <see cref="DropFolder.DropFolderSource"/>; another kind (a school's API) registers
/// its own implementation with <c>services.AddSingleton&lt;ISyncSource, ...&gt;()</c> and needs nothing else here.
/// </summary>
internal interface ISyncSource
{
    /// <summary>The value of <see cref="SourceOptions.Kind"/> this kind answers to.</summary>
    string Kind { get; }

    /// <summary>What is wrong with a source's options for this kind (empty when nothing is).</summary>
    IEnumerable<string> Validate(SourceOptions source);

    /// <summary>
    /// One run: fetch what is new and apply it, reporting each file to <paramref name="run"/>. Refused files are values;
    /// a fault that retries did not overcome is thrown (the run then fails).
    /// </summary>
    Task RunAsync(SourceOptions source, SyncRunContext run, CancellationToken cancellationToken);
}
