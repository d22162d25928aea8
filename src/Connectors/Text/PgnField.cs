namespace Thuiszitters.Connectors.Text;

/// <summary>The outcome of checking one BSN or onderwijsnummer field: empty, valid, or failing (with the reason).</summary>
internal readonly record struct PgnField(Pgn? Value, string? FailReason)
{
    public bool Failed => FailReason is not null;

    public static PgnField Check(ReadOnlySpan<char> raw, PgnKind kind)
    {
        if (raw.Trim().IsEmpty)
        {
            return default;
        }

        return Pgn.TryParse(raw, kind, out var pgn, out var reason) ? new PgnField(pgn, null) : new PgnField(null, reason);
    }

    /// <summary>For sources where the PGN is mandatory: an empty field fails too.</summary>
    public static PgnField CheckRequired(ReadOnlySpan<char> raw, PgnKind kind) =>
        raw.Trim().IsEmpty ? new PgnField(null, "is empty") : Check(raw, kind);

    /// <summary>
    /// A ROD pgn, which is either kind: a 9-digit number starting with 10 that passes the onderwijsnummer check is one;
    /// anything else must be a BSN. The two checks never both pass.
    /// </summary>
    public static PgnField CheckAnyRequired(ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        if (trimmed.IsEmpty)
        {
            return new PgnField(null, "is empty");
        }

        if (trimmed.StartsWith("10") && Pgn.TryParse(trimmed, PgnKind.Onderwijsnummer, out var onderwijsnummer, out _))
        {
            return new PgnField(onderwijsnummer, null);
        }

        return Check(trimmed, PgnKind.Bsn);
    }
}
