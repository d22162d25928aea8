using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.RodCorrections.Entities;

namespace Thuiszitters.Gateway.RodCorrections.EntityConfigurations;

internal sealed class RodBoardSettingRowConfiguration : IEntityTypeConfiguration<RodBoardSettingRow>
{
    public void Configure(EntityTypeBuilder<RodBoardSettingRow> builder)
    {
        builder.ToTable("rod_board_settings");
        builder.HasKey(r => r.Board);
    }
}
