namespace Thuiszitters.Connectors;

public static class AbsenceCodeExtensions
{
    /// <summary><c>ONGEOORLOOFD</c> and <c>LUXE</c> are unauthorised absence; every other code is authorised.</summary>
    public static bool IsUnauthorised(this AbsenceCode code) => code is AbsenceCode.Ongeoorloofd or AbsenceCode.Luxe;
}
