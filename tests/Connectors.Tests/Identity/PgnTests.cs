namespace Thuiszitters.Connectors.Tests.Identity;

public sealed class PgnTests
{
    [Theory]
    [InlineData("111222333", "111222333")]
    [InlineData("200033311", "200033311")]
    [InlineData("12345611", "012345611")]
    [InlineData(" 111222333 ", "111222333")]
    public void TryParse_ValidBsn_ReturnsNineDigits(string raw, string expected)
    {
        Assert.True(Pgn.TryParse(raw, PgnKind.Bsn, out var pgn, out var reason));
        Assert.Null(reason);
        Assert.Equal(expected, pgn.Value);
        Assert.Equal(PgnKind.Bsn, pgn.Kind);
        Assert.Equal(expected, pgn.ToString());
    }

    [Theory]
    [InlineData("111222334", "fails the elfproef")]
    [InlineData("123456789", "fails the elfproef")]
    [InlineData("1112223330", "is not 9 digits")]
    [InlineData("11122233A", "is not 9 digits")]
    [InlineData("", "is not 9 digits")]
    [InlineData(null, "is not 9 digits")]
    [InlineData("000000000", "is 0")]
    public void TryParse_InvalidBsn_GivesReasonWithoutTheNumber(string? raw, string expectedReason)
    {
        Assert.False(Pgn.TryParse(raw, PgnKind.Bsn, out _, out var reason));
        Assert.Equal(expectedReason, reason);
        if (!string.IsNullOrEmpty(raw))
        {
            Assert.DoesNotContain(raw, reason!, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("101222331")]
    [InlineData("101000012")]
    public void TryParse_ValidOnderwijsnummer_Succeeds(string raw)
    {
        Assert.True(Pgn.TryParse(raw, PgnKind.Onderwijsnummer, out var pgn, out _));
        Assert.Equal(new Pgn(raw, PgnKind.Onderwijsnummer), pgn);
    }

    [Theory]
    [InlineData("111222333", "does not start with 10")]
    [InlineData("101222332", "fails the elfproef")]
    [InlineData("10122233", "is not 9 digits")]
    public void TryParse_InvalidOnderwijsnummer_GivesReason(string raw, string expectedReason)
    {
        Assert.False(Pgn.TryParse(raw, PgnKind.Onderwijsnummer, out _, out var reason));
        Assert.Equal(expectedReason, reason);
    }

    [Fact]
    public void TryParse_SameDigitsDifferentKind_AreDifferentValues()
    {
        Assert.NotEqual(new Pgn("101222331", PgnKind.Bsn), new Pgn("101222331", PgnKind.Onderwijsnummer));
    }
}
