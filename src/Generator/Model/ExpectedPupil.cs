namespace Thuiszitters.Generator.Model;

/// <summary>The status the register must conclude for one person (ground truth).</summary>
internal sealed record ExpectedPupil(string Pgn, string Status, DateOnly? Since, string? Band);
