namespace Thuiszitters.Gateway.Reconciliation.Facts;

/// <summary>A DUO verzuimmelding (VZM). Status G registered, B in behandeling, A afgesloten, I ingetrokken, T ter kennisgeving.</summary>
public sealed record ReportFact(
    string Meldingsnummer,
    string School,
    string Soort,
    DateOnly Begin,
    DateOnly? End,
    char Status,
    Provenance Provenance = default)
{
    public bool IsActive => Status is 'G' or 'B';

    public bool IsWithdrawn => Status == 'I';

    public bool Covers(DateOnly day) => Begin <= day && (End is null || End >= day);

    public bool Overlaps(DateOnly from, DateOnly to) => Begin <= to && (End is null || End >= from);
}
