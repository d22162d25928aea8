namespace Thuiszitters.Gateway.Reconciliation.Persistence;

/// <summary>
/// A person's comparable identity (birth date, folded surname, initials) as the latest run saw it: how an incremental
/// run finds the look-alikes of the persons a delivery touched without reading the whole register.
/// </summary>
internal sealed class PersonNameKeyRow
{
    public long Id { get; set; }

    public required string PersonKey { get; set; }

    public int BirthYear { get; set; }

    public int BirthMonth { get; set; }

    public int BirthDay { get; set; }

    public required string Surname { get; set; }
}
