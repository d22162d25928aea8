using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Sync;
using Thuiszitters.Gateway.Sync.DropFolder;

namespace Thuiszitters.Gateway.Tests.Sync;

public sealed class SourcesOptionsValidatorTests
{
    private static readonly SourcesOptionsValidator Validator = new(
        [new DropFolderSource(Options.Create(new SyncOptions()), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<DropFolderSource>.Instance)]);

    [Fact]
    public void Validate_GoodSources_Succeeds()
    {
        var result = Validator.Validate(null, Sources(
            new SourceOptions { Name = "scholen", Kind = "dropFolder", Schedule = "*/5 * * * *", Folder = "/in", ArchiveFolder = "/archive" },
            new SourceOptions { Name = "rod-2", Kind = "dropFolder", Schedule = "*/10 * * * * *", Folder = "/in2", ArchiveFolder = "/archive2" }));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("Bad Name", "dropFolder", "* * * * *", "/in", "/archive", "Name")]
    [InlineData("a", "schoolApi", "* * * * *", "/in", "/archive", "Kind 'schoolApi'")]
    [InlineData("a", "dropFolder", "every minute", "/in", "/archive", "Schedule")]
    [InlineData("a", "dropFolder", "61 * * * *", "/in", "/archive", "Schedule")]
    [InlineData("a", "dropFolder", "* * * * *", null, "/archive", "Folder is required")]
    [InlineData("a", "dropFolder", "* * * * *", "/in", null, "ArchiveFolder is required")]
    [InlineData("a", "dropFolder", "* * * * *", "/in", "/in/", "must not be the drop folder")]
    public void Validate_BadSource_FailsNamingIt(string name, string kind, string schedule, string? folder, string? archive, string expected)
    {
        var result = Validator.Validate(null, Sources(new SourceOptions { Name = name, Kind = kind, Schedule = schedule, Folder = folder, ArchiveFolder = archive }));

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NameTwice_Fails()
    {
        var source = new SourceOptions { Name = "a", Kind = "dropFolder", Schedule = "* * * * *", Folder = "/in", ArchiveFolder = "/archive" };

        var result = Validator.Validate(null, Sources(source, source));

        Assert.Contains("used twice", result.FailureMessage, StringComparison.Ordinal);
    }

    private static SourcesOptions Sources(params SourceOptions[] items)
    {
        var options = new SourcesOptions();
        options.Items.AddRange(items);
        return options;
    }
}
