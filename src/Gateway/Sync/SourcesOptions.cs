namespace Thuiszitters.Gateway.Sync;

/// <summary>The configured sources (section <c>Sources</c>, a list), checked at start by <see cref="SourcesOptionsValidator"/>.</summary>
internal sealed class SourcesOptions
{
    public const string Section = "Sources";

    public List<SourceOptions> Items { get; } = [];

    public SourceOptions? Find(string name) => Items.Find(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
