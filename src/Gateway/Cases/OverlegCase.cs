namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// A case on an 8-weekly overview: the state as it stood, what changed since the previous overview, which list holds it
/// (the gateway's, the officer's, or both), the step agreed last time and the steps agreed in this one.
/// </summary>
public sealed record OverlegCase(
    string PersonKey,
    string? Name,
    string? Status,
    DateOnly? Since,
    string? Band,
    int OpenConflicts,
    bool InGateway,
    bool InOfficerList,
    string Change,
    string? ChangeDetail,
    OverlegStep? PreviousStep,
    IReadOnlyList<OverlegStep> Steps);
