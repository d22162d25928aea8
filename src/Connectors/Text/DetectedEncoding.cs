namespace Thuiszitters.Connectors.Text;

internal enum DetectedEncoding
{
    /// <summary>Nothing but ASCII so far (reads the same in UTF-8 and Windows-1252).</summary>
    Ascii,
    Utf8,
    Windows1252,
}
