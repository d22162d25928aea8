namespace Thuiszitters.Gateway.Conflicts;

/// <summary>What became of an acknowledge or dismiss.</summary>
internal enum ConflictActionOutcome
{
    /// <summary>Recorded.</summary>
    Done,

    /// <summary>No such conflict, or one the caller does not see: the same answer for both.</summary>
    NotFound,

    /// <summary>The caller sees the conflict but is not the party that must act on it.</summary>
    NotActingParty,

    /// <summary>The conflict is in a state the action does not apply to (already dismissed, resolved).</summary>
    WrongState,
}
