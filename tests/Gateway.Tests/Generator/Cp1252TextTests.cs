using Thuiszitters.Generator.Writers;

namespace Thuiszitters.Gateway.Tests.Generator;

public sealed class Cp1252TextTests
{
    [Theory]
    [InlineData("Müller", "Müller")]
    [InlineData("Çelik", "Çelik")]
    [InlineData("Zoë Lefèvre", "Zoë Lefèvre")]
    [InlineData("Yılmaz", "Yilmaz")]
    [InlineData("Şahin", "Sahin")]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("Šimunović", "Šimunovic")]
    public void Fit_Names_KeepWhatTheCodePageHoldsAndDropOtherDiacritics(string name, string expected)
    {
        var fitted = Cp1252Text.Fit(name);

        Assert.Equal(expected, fitted);
        Assert.Equal(fitted, Cp1252Text.Encoding.GetString(Cp1252Text.Encoding.GetBytes(fitted)));
    }
}
