namespace Thuiszitters.Gateway.Security;

/// <summary>The users of the gateway and what each may see (DOMAIN.md "Privacy").</summary>
public enum CallerRole
{
    /// <summary>A gemeente's leerplichtambtenaar: only the gemeente's own residents.</summary>
    Leerplicht,

    /// <summary>A school's administrator: only the school's own pupils.</summary>
    School,

    /// <summary>A school board: the pupils of its schools.</summary>
    Board,

    /// <summary>SWV staff: every pupil of the region.</summary>
    Swv,

    /// <summary>The Inspectie: anonymised counts only.</summary>
    Inspectie,

    /// <summary>IT staff: sync jobs, deliveries and bad files; no pupil data.</summary>
    ItStaff,

    /// <summary>A person who manages the people who sign in and reads the audit log; no pupil data. People only, never a configured token.</summary>
    Admin,
}
