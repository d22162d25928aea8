using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class VrijstellingConfiguration : IEntityTypeConfiguration<Vrijstelling>
{
    public void Configure(EntityTypeBuilder<Vrijstelling> builder)
    {
        builder.ToTable("vrijstellingen");
        builder.HasKey(v => new { v.Recipient, v.Pgn, v.Artikel, v.BeginDate });
        builder.HasIndex(v => v.Pgn);
    }
}
