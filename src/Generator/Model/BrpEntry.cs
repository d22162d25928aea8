namespace Thuiszitters.Generator.Model;

/// <summary>One resident row of a gemeente's BRP extract.</summary>
/// <param name="Settled">Datum vestiging: when the child settled in the gemeente.</param>
internal sealed record BrpEntry(Person Resident, DateOnly BirthDate, DateOnly Settled);
