namespace Thuiszitters.Gateway.RodCorrections;

/// <summary>"Indienen": the proposed corrections of one school of the board, or of all its schools when <see cref="School"/> is null.</summary>
internal sealed record RodSubmitRequest(string? School);
