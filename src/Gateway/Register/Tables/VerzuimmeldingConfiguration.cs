using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class VerzuimmeldingConfiguration : IEntityTypeConfiguration<Verzuimmelding>
{
    public void Configure(EntityTypeBuilder<Verzuimmelding> builder)
    {
        VerzuimmeldingenTable.Schema.MapColumns(builder);
        builder.HasKey(m => new { m.Recipient, m.Meldingsnummer });
        builder.HasIndex(m => m.Pgn);
        builder.HasIndex(m => m.School);
    }
}
