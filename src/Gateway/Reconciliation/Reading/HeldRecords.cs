namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// The facts of records without a PGN (one school pupil row, or one absence or registration row), read before the
/// persons are: they join a person only once identity matching has run. <see cref="Early"/> holds what the school pupil
/// row gives (it comes first, with the school's other pupil rows), <see cref="Late"/> the absences and registrations.
/// </summary>
internal sealed class HeldRecords(string sourceKey)
{
    public string SourceKey => sourceKey;

    public PersonFactsBuilder Early { get; } = new(null, sourceKey);

    public PersonFactsBuilder Late { get; } = new(null, sourceKey);
}
