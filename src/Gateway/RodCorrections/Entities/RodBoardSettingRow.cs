namespace Thuiszitters.Gateway.RodCorrections.Entities;

/// <summary>A school board's choice (<c>rod_board_settings</c>): whether its corrections go to DUO without a person pressing "Indienen", for which schools.</summary>
internal sealed class RodBoardSettingRow
{
    public string Board { get; set; } = "";

    public bool AutoSubmit { get; set; }

    public string[] Schools { get; set; } = [];

    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
