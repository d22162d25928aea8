namespace Thuiszitters.Connectors;

/// <summary>The school absence codes of <c>verzuim_*.csv</c>.</summary>
public enum AbsenceCode
{
    Ziek,
    Geoorloofd,
    Ongeoorloofd,
    Luxe,
    Schorsing,
    Verlof11F,
    Verlof11G,
}
