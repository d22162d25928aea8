namespace Thuiszitters.Generator.Model;

/// <summary>A PER record of a ROD delivery.</summary>
internal sealed record RodPerson(Person Pupil, DateOnly BirthDate, int Batch);
