using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class ThuiszitterRegistrationConfiguration : IEntityTypeConfiguration<ThuiszitterRegistration>
{
    public void Configure(EntityTypeBuilder<ThuiszitterRegistration> builder)
    {
        ThuiszitterRegistrationsTable.Schema.MapColumns(builder);
        // An append-only log without a key: a row is (delivery_id, line); an index on it would only slow the COPY down.
        builder.HasNoKey();
        builder.HasIndex(r => r.School);
        builder.HasIndex(r => r.Bsn);
        // Most rows carry a BSN and no onderwijsnummer: only the rows that have one are indexed (lookups by value imply it).
        builder.HasIndex(r => r.Onderwijsnummer).HasFilter("onderwijsnummer IS NOT NULL");
    }
}
