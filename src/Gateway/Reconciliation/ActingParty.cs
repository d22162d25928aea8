namespace Thuiszitters.Gateway.Reconciliation;

/// <summary>Who must act on a conflict.</summary>
public enum ActingParty
{
    LeavingSchool,
    LeavingSchoolAndLeerplicht,
    BothSchools,
    School,
    Leerplicht,
    SourceOwner,
    Regiehouder,
    Swv,
}
