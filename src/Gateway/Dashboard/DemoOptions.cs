namespace Thuiszitters.Gateway.Dashboard;

/// <summary>Section <c>Demo</c>: when enabled, the start page offers the configured users to log in as (never in production).</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; init; }
}
