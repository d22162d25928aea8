namespace Thuiszitters.Connectors.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Build_Runs() => Assert.Equal(2, 1 + 1);
}
