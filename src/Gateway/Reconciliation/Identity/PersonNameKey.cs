namespace Thuiszitters.Gateway.Reconciliation.Identity;

/// <summary>A person's comparable identity: full birth date and folded surname (initials are compared afterwards).</summary>
public readonly record struct PersonNameKey(string PersonKey, int BirthYear, int BirthMonth, int BirthDay, string Surname);
