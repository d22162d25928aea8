namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// One fact on a pupil's timeline (an enrolment, an absence run, a verzuimmelding, an exemption, a registration, a
/// residence, a conflict or a step in its history) with where it came from: source, file, line and when it was received.
/// </summary>
public sealed record TimelineEntry(
    DateOnly? Date,
    DateOnly? EndDate,
    string Kind,
    string Source,
    string Description,
    string? File,
    long? Line,
    DateTimeOffset? ReceivedAt);
