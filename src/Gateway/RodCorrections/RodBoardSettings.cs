namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>A board's setting as the API reads and writes it.</summary>
internal sealed record RodBoardSettings(bool AutoSubmit);
