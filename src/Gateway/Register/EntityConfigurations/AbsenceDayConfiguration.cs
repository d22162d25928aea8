using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class AbsenceDayConfiguration : IEntityTypeConfiguration<AbsenceDay>
{
    public void Configure(EntityTypeBuilder<AbsenceDay> builder)
    {
        builder.ToTable("absence_days");
        // An append-only log without a key: a row is (delivery_id, line); an index on it would only slow the COPY down.
        builder.HasNoKey();
        builder.Property(a => a.Hours).HasColumnType("numeric");
        builder.HasIndex(a => a.School);
        builder.HasIndex(a => a.Bsn);
        builder.HasIndex(a => a.Onderwijsnummer);
    }
}
