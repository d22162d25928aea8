namespace Thuiszitters.Gateway.Reconciliation.Identity;

/// <summary>What look-alike persons share: a full birth date and a folded surname (initials are compared afterwards).</summary>
internal readonly record struct NameIndexKey(int Year, int Month, int Day, string Surname);
