namespace Thuiszitters.Gateway.Reconciliation.Rules;

/// <summary>A run of unauthorised absence (or a report or registration that counts as one) from <see cref="Start"/> to <see cref="Last"/>.</summary>
public readonly record struct AbsenceEpisode(string School, DateOnly Start, DateOnly Last);
