using System.ComponentModel.DataAnnotations;

namespace Thuiszitters.Gateway.Feed.Webhooks;

/// <summary>How the feed pushes to webhooks (<c>Feed:Webhooks</c>).</summary>
internal sealed class WebhookOptions
{
    public const string Section = "Feed:Webhooks";

    /// <summary>Whether this process delivers (a process that only serves the API may leave it to others).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Allow <c>http</c> to 127.0.0.1, ::1 and localhost (tests and the demo); otherwise only <c>https</c>.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>How long a message is retried after its first attempt before it is dead-lettered.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan RetryLimit { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The wait after the first failure; each further failure doubles it, up to <see cref="MaxBackoff"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the worker looks for new events and due retries when it found nothing to do.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most feed items in one message.</summary>
    [Range(1, 1000)]
    public int MaxItemsPerMessage { get; set; } = 100;

    /// <summary>How long one attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
