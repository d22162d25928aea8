namespace Thuiszitters.Gateway.Reconciliation.Facts;

/// <summary>
/// A vrijstelling (VRS). Articles 5A, 5B, 5C and 15 exempt; 3A is vervangende leerplicht and counts as enrolled.
/// </summary>
public sealed record ExemptionFact(string Artikel, DateOnly Begin, DateOnly? End, Provenance Provenance = default)
{
    public bool IsVervangendeLeerplicht => Artikel == "3A";

    public bool Exempts => !IsVervangendeLeerplicht;

    public bool Covers(DateOnly day) => Begin <= day && (End is null || End >= day);

    public bool Overlaps(DateOnly from, DateOnly? to) => Begin <= (to ?? DateOnly.MaxValue) && (End is null || End >= from);
}
