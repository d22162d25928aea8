using System.Globalization;

namespace Thuiszitters.Gateway.Tests.Reconciliation;

/// <summary>Fixed dates written the way DOMAIN.md and the examples write them.</summary>
internal static class Iso
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
