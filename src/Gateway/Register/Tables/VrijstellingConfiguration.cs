using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class VrijstellingConfiguration : IEntityTypeConfiguration<Vrijstelling>
{
    public void Configure(EntityTypeBuilder<Vrijstelling> builder)
    {
        VrijstellingenTable.Schema.MapColumns(builder);
        // The PGN leads the key, so that the key also serves the lookups by PGN.
        builder.HasKey(v => new { v.Pgn, v.Recipient, v.Artikel, v.BeginDate });
    }
}
