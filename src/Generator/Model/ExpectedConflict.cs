namespace Thuiszitters.Generator.Model;

/// <summary>A conflict the register must raise (ground truth), by its identity: code, pgn, school, date.</summary>
internal sealed record ExpectedConflict(string Code, string Pgn, string? School, DateOnly? Date);
