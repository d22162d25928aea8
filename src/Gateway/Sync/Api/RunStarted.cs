namespace Thuiszitters.Gateway.Sync.Api;

/// <summary>The answer to run now, resume and apply again: the Hangfire job that will run the source.</summary>
internal sealed record RunStarted(string Source, string JobId, string Trigger);
