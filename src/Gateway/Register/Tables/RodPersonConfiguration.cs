using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class RodPersonConfiguration : IEntityTypeConfiguration<RodPerson>
{
    public void Configure(EntityTypeBuilder<RodPerson> builder)
    {
        RodPersonsTable.Schema.MapColumns(builder);
        // The PGN leads the key, so that the key also serves the lookups by PGN.
        builder.HasKey(p => new { p.Pgn, p.Recipient });
    }
}
