using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.SisApi.Entities;

namespace Thuiszitters.Gateway.SisApi.EntityConfigurations;

internal sealed class SisCursorRowConfiguration : IEntityTypeConfiguration<SisCursorRow>
{
    public void Configure(EntityTypeBuilder<SisCursorRow> builder)
    {
        builder.ToTable("sis_cursors");
        builder.HasKey(r => r.School);
        builder.Property(r => r.School).HasMaxLength(6);
    }
}
