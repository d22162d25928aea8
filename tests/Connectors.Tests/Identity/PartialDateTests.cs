namespace Thuiszitters.Connectors.Tests.Identity;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2014-05-12", DateFormat.Iso, 2014, 5, 12)]
    [InlineData("2014-05", DateFormat.Iso, 2014, 5, null)]
    [InlineData("2014", DateFormat.Iso, 2014, null, null)]
    [InlineData("20140512", DateFormat.Compact, 2014, 5, 12)]
    [InlineData("20140500", DateFormat.Compact, 2014, 5, null)]
    [InlineData("20140000", DateFormat.Compact, 2014, null, null)]
    [InlineData("201405", DateFormat.Compact, 2014, 5, null)]
    [InlineData("2014", DateFormat.Compact, 2014, null, null)]
    [InlineData("12-05-2014", DateFormat.DayMonthYear, 2014, 5, 12)]
    [InlineData("29-02-2024", DateFormat.DayMonthYear, 2024, 2, 29)]
    public void TryParse_Notation_GivesKnownParts(string raw, DateFormat format, int year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParse(raw, format, out var date));
        Assert.Equal(new PartialDate(year, month, day), date);
    }

    [Theory]
    [InlineData("31-02-2026", DateFormat.DayMonthYear)]
    [InlineData("29-02-2025", DateFormat.DayMonthYear)]
    [InlineData("2026-13-01", DateFormat.Iso)]
    [InlineData("2026-02-30", DateFormat.Iso)]
    [InlineData("20260231", DateFormat.Compact)]
    [InlineData("20261301", DateFormat.Compact)]
    [InlineData("20260012", DateFormat.Compact)]
    [InlineData("2026/02/01", DateFormat.Iso)]
    [InlineData("2026-2-1", DateFormat.Iso)]
    [InlineData("12-05-2014", DateFormat.Iso)]
    [InlineData("2014-05-12", DateFormat.DayMonthYear)]
    [InlineData("", DateFormat.Compact)]
    public void TryParse_ImpossibleOrWrongNotation_Fails(string raw, DateFormat format) =>
        Assert.False(PartialDate.TryParse(raw, format, out _));

    [Theory]
    [InlineData("2014-05", DateFormat.Iso)]
    [InlineData("20140500", DateFormat.Compact)]
    public void TryParseDate_PartialDate_IsRefused(string raw, DateFormat format) =>
        Assert.False(PartialDate.TryParseDate(raw, format, out _));

    [Fact]
    public void TryParseDate_FullDate_GivesDateOnly()
    {
        Assert.True(PartialDate.TryParseDate("20260227", DateFormat.Compact, out var date));
        Assert.Equal(new DateOnly(2026, 2, 27), date);
    }

    [Theory]
    [InlineData(2014, 5, 12, 2014, 5, 12, true)]
    [InlineData(2014, 5, 12, 2014, 5, null, true)]
    [InlineData(2014, 5, 12, 2014, null, null, true)]
    [InlineData(2014, 5, 12, 2014, 6, null, false)]
    [InlineData(2014, 5, 12, 2013, null, null, false)]
    [InlineData(2014, 5, 12, 2014, 5, 13, false)]
    public void AgreesWith_ComparesOnlyPartsBothKnow(int y1, int? m1, int? d1, int y2, int? m2, int? d2, bool agrees)
    {
        var a = new PartialDate(y1, m1, d1);
        var b = new PartialDate(y2, m2, d2);
        Assert.Equal(agrees, a.AgreesWith(b));
        Assert.Equal(agrees, b.AgreesWith(a));
    }

    [Fact]
    public void ToDateOnly_PartialDate_IsNull()
    {
        Assert.Null(new PartialDate(2014, 5, null).ToDateOnly());
        Assert.Equal(new DateOnly(2014, 5, 12), new PartialDate(2014, 5, 12).ToDateOnly());
        Assert.Equal("2014-05", new PartialDate(2014, 5, null).ToString());
    }
}
