namespace Thuiszitters.Generator.Model;

/// <summary>A VRS record (vrijstelling) of a ROD delivery; the gemeente is the person's.</summary>
/// <param name="Article">5A, 5B, 5C, 15 or 3A.</param>
internal sealed record RodExemption(Person Pupil, string Article, DateOnly Begin, DateOnly? End, int Batch);
