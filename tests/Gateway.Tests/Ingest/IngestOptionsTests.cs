using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Ingest;

namespace Thuiszitters.Gateway.Tests.Ingest;

public sealed class IngestOptionsTests
{
    [Fact]
    public void AddIngest_PauseEnvironmentVariable_IsReadAsAConfigurationKey()
    {
        using var host = Build(new() { [IngestOptions.PauseAfterRowsVariable] = "20000" });

        Assert.Equal(20_000, host.Services.GetRequiredService<IngestOptions>().PauseAfterRows);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("many")]
    public void AddIngest_PauseVariableNotAPositiveNumber_MeansNoPauseAsBefore(string value)
    {
        using var host = Build(new() { [IngestOptions.PauseAfterRowsVariable] = value });

        Assert.Null(host.Services.GetRequiredService<IngestOptions>().PauseAfterRows);
    }

    [Fact]
    public void AddIngest_SectionWins_OverThePauseVariable()
    {
        using var host = Build(new() { ["Ingest:PauseAfterRows"] = "7", [IngestOptions.PauseAfterRowsVariable] = "20000" });

        Assert.Equal(7, host.Services.GetRequiredService<IngestOptions>().PauseAfterRows);
    }

    [Fact]
    public void AddIngest_InvalidSection_FailsValidationAtStart()
    {
        using var host = Build(new() { ["Ingest:PauseAfterRows"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(nameof(IngestOptions.PauseAfterRows), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddIngest_NothingConfigured_NoPause()
    {
        using var host = Build([]);

        host.Services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Null(host.Services.GetRequiredService<IngestOptions>().PauseAfterRows);
        Assert.Equal(TimeSpan.FromMinutes(5), host.Services.GetRequiredService<IngestOptions>().PauseFor);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddIngest();
        return builder.Build();
    }
}
