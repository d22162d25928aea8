using Thuiszitters.Gateway.Reconciliation.Facts;
using Thuiszitters.Gateway.Reconciliation.Rules;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Rules;

public sealed class EpisodesTests
{
    private const string School = TestRegion.School;

    private static AbsenceFact Day(string iso, string school = School) => new(school, Iso.D(iso), 6, true);

    [Fact]
    public void FromDays_FridayToMonday_OneEpisode()
    {
        var episode = Assert.Single(Episodes.FromDays([Day("2026-04-10"), Day("2026-04-13")]));

        Assert.Equal(new AbsenceEpisode(School, Iso.D("2026-04-10"), Iso.D("2026-04-13")), episode);
    }

    [Fact]
    public void FromDays_FridayToTuesday_TwoEpisodes()
    {
        var episodes = Episodes.FromDays([Day("2026-04-10"), Day("2026-04-14")]);

        Assert.Equal(
            [new AbsenceEpisode(School, Iso.D("2026-04-10"), Iso.D("2026-04-10")), new AbsenceEpisode(School, Iso.D("2026-04-14"), Iso.D("2026-04-14"))],
            episodes);
    }

    [Fact]
    public void FromDays_TwoSchools_EpisodePerSchool()
    {
        var episodes = Episodes.FromDays([Day("2026-04-10"), Day("2026-04-13", TestRegion.OtherSchool)]);

        Assert.Equal(2, episodes.Count);
        Assert.Contains(new AbsenceEpisode(School, Iso.D("2026-04-10"), Iso.D("2026-04-10")), episodes);
        Assert.Contains(new AbsenceEpisode(TestRegion.OtherSchool, Iso.D("2026-04-13"), Iso.D("2026-04-13")), episodes);
    }

    [Fact]
    public void FromDays_LeapDayInGap_CountsAsCalendarDay()
    {
        // 2024-02-27 to 2024-03-01 is 3 days apart because 29 February exists.
        var episode = Assert.Single(Episodes.FromDays([Day("2024-02-27"), Day("2024-03-01")]));

        Assert.Equal(Iso.D("2024-02-27"), episode.Start);
    }
}
