namespace Thuiszitters.Connectors.DuoRod;

/// <summary>
/// One mutation of a ROD submission (<c>contracts/duo-rod-api</c>, schema <c>Mutation</c>): <c>T</c> a new enrolment,
/// <c>A</c> changed dates, <c>U</c> the enrolment ended, <c>V</c> withdraw it. <paramref name="Reference"/> is the
/// gateway's id of the correction, which DUO's result names.
/// </summary>
public sealed record RodMutation(string Reference, string Type, string Pgn, int? SequenceNumber, DateOnly StartDate, DateOnly? EndDate);
