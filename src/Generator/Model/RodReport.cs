namespace Thuiszitters.Generator.Model;

/// <summary>A VZM record (verzuimmelding) of a ROD delivery.</summary>
/// <param name="Kind">16U, LRV, RMC, LUX or OVR.</param>
/// <param name="Status">G, B, A, I or T.</param>
internal sealed record RodReport(
    Person Pupil,
    SchoolInfo School,
    long Number,
    string Kind,
    DateOnly Begin,
    DateOnly? End,
    char Status,
    string WithdrawalReason,
    int Batch);
