namespace Thuiszitters.Gateway.Sync.Api;

/// <summary>The runs of one day (in the schedules' time zone) that ended with one outcome, for the charts.</summary>
internal sealed record SyncDayStats(
    DateOnly Day, string Outcome, int Runs, double AverageSeconds, double MaxSeconds, long RecordsRead, long RecordsApplied, long RecordsQuarantined);
