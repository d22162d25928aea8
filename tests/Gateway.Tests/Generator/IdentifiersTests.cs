using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Gateway.Tests.Generator;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("111222333", true)]
    [InlineData("111222334", false)]
    [InlineData("000000000", false)]
    [InlineData("12345611", true)]
    public void IsValidBsn_DomainExamplesAndDroppedLeadingZero_FollowTheElfproef(string number, bool valid) =>
        Assert.Equal(valid, Identifiers.IsValidBsn(number));

    [Theory]
    [InlineData("101222331", true)]
    [InlineData("101222332", false)]
    [InlineData("111222333", false)]
    public void IsValidOnderwijsnummer_DomainExamples_FollowTheCheck(string number, bool valid) =>
        Assert.Equal(valid, Identifiers.IsValidOnderwijsnummer(number));

    [Theory]
    [InlineData(42)]
    [InlineData(-7)]
    public void BsnFor_ManyIndices_AreValidNineDigitsAndIncreasing(int seed)
    {
        var numbers = Enumerable.Range(0, 50_000).Select(i => Identifiers.BsnFor(seed, i)).ToList();

        Assert.All(numbers, n => Assert.True(n.Length == 9 && Identifiers.IsValidBsn(n), n));
        Assert.Equal(numbers.Order(StringComparer.Ordinal), numbers);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public void OnderwijsnummerFor_EverySlot_IsValidAndIncreasingUpToFourMillionPupils()
    {
        var slots = Enumerable.Range(0, 4_000_000 / Identifiers.OnderwijsnummerSlot).Select(s => s * Identifiers.OnderwijsnummerSlot).ToList();
        var numbers = slots.Select(Identifiers.OnderwijsnummerFor).ToList();

        Assert.All(numbers, n => Assert.True(Identifiers.IsValidOnderwijsnummer(n), n));
        Assert.Equal(numbers.Order(StringComparer.Ordinal), numbers);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public void Invalidate_ValidNumbers_FailBothChecks()
    {
        foreach (var valid in new[] { Identifiers.BsnFor(1, 17), Identifiers.OnderwijsnummerFor(3), "111222333", "101222331" })
        {
            var invalid = Identifiers.Invalidate(valid);
            Assert.Equal(9, invalid.Length);
            Assert.False(Identifiers.IsValidBsn(invalid) || Identifiers.IsValidOnderwijsnummer(invalid), invalid);
        }
    }
}
