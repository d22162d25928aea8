namespace Thuiszitters.Connectors.Tests.Identity;

public sealed class SchoolCodeTests
{
    [Fact]
    public void TryParse_BrinPlusVestiging_SplitsBoth()
    {
        Assert.True(SchoolCode.TryParse("12AB01", out var code));
        Assert.Equal("12AB", code.Brin);
        Assert.Equal("01", code.Vestiging);
        Assert.Equal("12AB01", code.ToString());
    }

    [Theory]
    [InlineData("12ab00")]
    [InlineData("1AB000")]
    [InlineData("12AB0")]
    [InlineData("12AB0X")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_Malformed_Fails(string? raw) => Assert.False(SchoolCode.TryParse(raw, out _));

    [Fact]
    public void Parse_Malformed_Throws() => Assert.Throws<FormatException>(() => SchoolCode.Parse("XXXXXX"));

    [Fact]
    public void TryCreate_SeparateFields_EqualsParsedCode()
    {
        Assert.True(SchoolCode.TryCreate("05KO", "00", out var code));
        Assert.Equal(SchoolCode.Parse("05KO00"), code);
    }

    [Theory]
    [InlineData("0361", true)]
    [InlineData("361", false)]
    [InlineData("03610", false)]
    [InlineData("03A1", false)]
    public void GemeenteCode_TryParse_FourDigitsOnly(string raw, bool valid)
    {
        Assert.Equal(valid, GemeenteCode.TryParse(raw, out var code));
        if (valid)
        {
            Assert.Equal(raw, code.ToString());
        }
    }
}
