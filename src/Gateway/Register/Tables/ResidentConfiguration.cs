using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> builder)
    {
        ResidentsTable.Schema.MapColumns(builder);
        // An append-only log without a key: a row is (delivery_id, line); an index on it would only slow the COPY down.
        builder.HasNoKey();
        builder.HasIndex(r => r.Gemeente);
        builder.HasIndex(r => r.Bsn);
    }
}
