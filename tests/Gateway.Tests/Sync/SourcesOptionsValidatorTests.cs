using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Sync;
using Microsoft.Extensions.Logging.Abstractions;
using Thuiszitters.Gateway.SisApi;
using Thuiszitters.Gateway.Sync.DropFolder;
using Thuiszitters.Gateway.Sync.SchoolApi;

namespace Thuiszitters.Gateway.Tests.Sync;

public sealed class SourcesOptionsValidatorTests
{
    private static readonly SourcesOptionsValidator Validator = new(
    [
        new DropFolderSource(Options.Create(new SyncOptions()), TimeProvider.System, NullLogger<DropFolderSource>.Instance),

        // Validation only: the pull itself is never asked for.
        new SchoolApiSource(null!, Options.Create(new SisApiOptions { ClientId = "gateway" }), NullLogger<SchoolApiSource>.Instance),
    ]);

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
    [InlineData("a", "ftp", "* * * * *", "/in", "/archive", "Kind 'ftp' is none of dropFolder, schoolApi")]
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

    [Fact]
    public void Validate_SchoolApiSourceWithItsApiAndSecret_Succeeds()
    {
        var result = Validator.Validate(null, Sources(SchoolApi(new SisSourceOptions { BaseUrl = new Uri("https://sis.example.nl"), School = "12AB00", ClientSecret = "s3cret-value" })));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData(null, "12AB00", "s3cret-value", "SchoolApi:ClientSecret")]
    [InlineData(null, "12ab00", "s3cret-value", "SchoolApi: The field School")]
    [InlineData("ftp://sis.example.nl", "12AB00", "s3cret-value", "SchoolApi:BaseUrl must be an absolute http(s) URL")]
    public void Validate_SchoolApiSourceMissingWhatItNeeds_FailsNamingItWithoutTheSecret(string? url, string school, string secret, string expected)
    {
        var api = new SisSourceOptions { BaseUrl = url is null ? new Uri("https://sis.example.nl") : new Uri(url), School = school, ClientSecret = url is null && school == "12AB00" ? null : secret };

        var result = Validator.Validate(null, Sources(SchoolApi(api)));

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SchoolApiSourceWithoutItsApi_Fails()
    {
        var result = Validator.Validate(null, Sources(SchoolApi(null)));

        Assert.Contains("SchoolApi (BaseUrl, School, ClientId) is required", result.FailureMessage, StringComparison.Ordinal);
    }

    private static SourceOptions SchoolApi(SisSourceOptions? api) => new() { Name = "sis-12ab00", Kind = "schoolApi", Schedule = "*/15 * * * *", SchoolApi = api };

    private static SourcesOptions Sources(params SourceOptions[] items)
    {
        var options = new SourcesOptions();
        options.Items.AddRange(items);
        return options;
    }
}
