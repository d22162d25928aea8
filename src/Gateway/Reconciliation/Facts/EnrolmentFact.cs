namespace Thuiszitters.Gateway.Reconciliation.Facts;

/// <summary>
/// An enrolment as one source knows it. <see cref="End"/> is the last day enrolled; null while open.
/// </summary>
public sealed record EnrolmentFact(
    string School,
    DateOnly Begin,
    DateOnly? End,
    FactSource Source,
    int Volgnummer = 0,
    Provenance Provenance = default)
{
    public bool Covers(DateOnly day) => Begin <= day && (End is null || End >= day);

    public bool Overlaps(EnrolmentFact other) =>
        Begin <= (other.End ?? DateOnly.MaxValue) && other.Begin <= (End ?? DateOnly.MaxValue);
}
