namespace Thuiszitters.Gateway.Reconciliation.Identity;

/// <summary>What identity matching keeps of one person: whether any record carries the BSN, and its comparable names.</summary>
internal sealed class PersonIdentity
{
    public bool HasBsn { get; set; }

    public List<(NameIndexKey Key, string Initials)> Names { get; } = [];
}
