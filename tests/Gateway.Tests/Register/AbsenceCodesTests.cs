using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Tests.Register;

public sealed class AbsenceCodesTests
{
    [Fact]
    public void IsUnauthorised_EveryStoredNumber_AgreesWithTheConnectorsRule()
    {
        foreach (var code in Enum.GetValues<AbsenceCode>())
        {
            Assert.Equal(code.IsUnauthorised(), AbsenceCodes.IsUnauthorised(AbsenceCodes.Number(code)));
        }
    }

    [Fact]
    public void IsUnauthorised_OngeoorloofdAndLuxe_OnlyThese()
    {
        var unauthorised = Enum.GetValues<AbsenceCode>().Where(c => AbsenceCodes.IsUnauthorised(AbsenceCodes.Number(c))).ToArray();

        Assert.Equal([AbsenceCode.Ongeoorloofd, AbsenceCode.Luxe], unauthorised);
    }
}
