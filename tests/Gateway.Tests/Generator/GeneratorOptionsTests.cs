using Thuiszitters.Generator;

namespace Thuiszitters.Gateway.Tests.Generator;

public sealed class GeneratorOptionsTests
{
    [Fact]
    public void Parse_OnlyOut_UsesTheDefaults()
    {
        var options = GeneratorOptions.Parse(["--out", "/tmp/x"], out var error);

        Assert.Null(error);
        Assert.Equal(new GeneratorOptions("/tmp/x", 20_000, 40, 5, 42, new DateOnly(2026, 4, 15), "VO2203"), options);
    }

    [Theory]
    [InlineData("--pupils", "20000")]
    [InlineData("--out", "/tmp/x", "--pupils", "many")]
    [InlineData("--out", "/tmp/x", "--as-of", "2026-04-18")]
    [InlineData("--out", "/tmp/x", "--as-of", "2025-10-01")]
    [InlineData("--out", "/tmp/x", "--schools", "8")]
    [InlineData("--out", "/tmp/x", "--pupils", "100")]
    [InlineData("--out", "/tmp/x", "--gemeenten", "16")]
    public void Parse_BadArguments_GivesAOneLineReason(params string[] args)
    {
        var options = GeneratorOptions.Parse(args, out var error);

        Assert.Null(options);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public void Run_FolderNotEmpty_RefusesToWrite()
    {
        var folder = Directory.CreateTempSubdirectory("tz-gen-full-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "other.txt"), "x");
            var options = new GeneratorOptions(folder, 2_000, 40, 5, 1, GeneratorOptions.DefaultAsOf, "VO2203");

            Assert.Throws<IOException>(() => new RegionGenerator(options).Run());
            Assert.Single(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
