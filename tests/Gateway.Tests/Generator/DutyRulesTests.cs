using System.Globalization;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Gateway.Tests.Generator;

public sealed class DutyRulesTests
{
    [Theory]
    [InlineData("2020-03-15", "2025-04-01")]
    [InlineData("2020-03-01", "2025-04-01")]
    [InlineData("2020-12-31", "2026-01-01")]
    [InlineData("2020-02-29", "2025-03-01")]
    public void LeerplichtStart_DomainExamples_FirstOfTheMonthAfterTheFifthBirthday(string birth, string start) =>
        Assert.Equal(Day(start), DutyRules.LeerplichtStart(Day(birth)));

    [Theory]
    [InlineData("2010-07-31", "2026-07-31")]
    [InlineData("2010-08-01", "2027-07-31")]
    [InlineData("2010-10-01", "2027-07-31")]
    public void LeerplichtEnd_TurningSixteen_EndsThe31stOfJulyOfThatSchoolYear(string birth, string end) =>
        Assert.Equal(Day(end), DutyRules.LeerplichtEnd(Day(birth)));

    [Fact]
    public void HasDuty_EighteenthBirthday_EndsKwalificatieplichtTheDayBefore()
    {
        var birth = Day("2008-04-15");

        Assert.True(DutyRules.HasDuty(birth, null, Day("2026-04-14")));
        Assert.False(DutyRules.HasDuty(birth, null, Day("2026-04-15")));
    }

    [Fact]
    public void HasDuty_LeapDayBirth_TurnsEighteenOnThe28th()
    {
        var birth = Day("2008-02-29");

        Assert.True(DutyRules.HasDuty(birth, null, Day("2026-02-27")));
        Assert.False(DutyRules.HasDuty(birth, null, Day("2026-02-28")));
    }

    [Fact]
    public void HasDuty_StartkwalificatieAfterLeerplicht_EndsKwalificatieplicht()
    {
        var birth = Day("2009-01-10");

        Assert.True(DutyRules.HasDuty(birth, null, Day("2026-04-15")));
        Assert.False(DutyRules.HasDuty(birth, Day("2026-03-01"), Day("2026-04-15")));
        Assert.True(DutyRules.HasDuty(birth, Day("2025-07-10"), Day("2025-07-20")), "leerplicht is not ended by a diploma");
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
