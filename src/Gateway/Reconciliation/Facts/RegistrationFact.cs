namespace Thuiszitters.Gateway.Reconciliation.Facts;

/// <summary>A school's own thuiszitter registration (thuiszitters CSV).</summary>
public sealed record RegistrationFact(
    string School,
    DateOnly Start,
    DateOnly? End,
    bool Plan,
    string? Regiehouder,
    DateOnly GemeldOp,
    string Reden = "ONBEKEND",
    Provenance Provenance = default)
{
    public bool IsOpenOn(DateOnly day) => Start <= day && (End is null || End >= day);

    public bool HasPlanAndRegie => Plan && !string.IsNullOrWhiteSpace(Regiehouder);
}
