using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class SchoolPupilConfiguration : IEntityTypeConfiguration<SchoolPupil>
{
    public void Configure(EntityTypeBuilder<SchoolPupil> builder)
    {
        // No foreign key to deliveries on fact tables: a per-row check would slow the bulk COPY down.
        builder.ToTable("school_pupils");
        // An append-only log without a key: a row is (delivery_id, line); an index on it would only slow the COPY down.
        builder.HasNoKey();
        builder.HasIndex(p => p.School);
        builder.HasIndex(p => p.Bsn);
        builder.HasIndex(p => p.Onderwijsnummer);
    }
}
