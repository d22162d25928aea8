using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Tests.Register;

public sealed class SnakeCaseNamesTests
{
    [Theory]
    [InlineData("ReceivedAt", "received_at")]
    [InlineData("Id", "id")]
    [InlineData("Sha256", "sha256")]
    [InlineData("QuarantinedCount", "quarantined_count")]
    [InlineData("BSNNumber", "bsn_number")]
    [InlineData("Line2Text", "line2_text")]
    [InlineData("already_snake", "already_snake")]
    public void ToSnakeCase_PascalCaseName_BecomesLowerCaseWithUnderscores(string name, string expected) =>
        Assert.Equal(expected, SnakeCaseNames.ToSnakeCase(name));
}
