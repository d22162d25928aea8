namespace Thuiszitters.Gateway.Register;

/// <summary>The object ids of the built-in types an array in binary COPY format names as its element type.</summary>
internal static class PgTypeOids
{
    public const uint Int16 = 21;
    public const uint Text = 25;
    public const uint Date = 1082;
    public const uint Numeric = 1700;
}
