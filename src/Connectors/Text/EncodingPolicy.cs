namespace Thuiszitters.Connectors.Text;

internal enum EncodingPolicy
{
    /// <summary>UTF-8 with or without BOM; anything else breaks the contract.</summary>
    Utf8,

    /// <summary>UTF-8 with or without BOM, or Windows-1252 when the bytes are not valid UTF-8.</summary>
    Utf8OrWindows1252,
}
